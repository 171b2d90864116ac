package cn.gonghui.bargaining.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bargaining figures of a union subtree for a period (dates inclusive, Asia/Shanghai). Flows count what
 * happened in [from, to]; stocks are as of {@code to}. Contracts are counted where their union (the one that
 * bargains) is in the subtree; enterprises and workers where the enterprise's union is, whoever signed for
 * them. Enterprise denominators (covered, headcount, ownership) are the replica's as it stands now. Rates are
 * ratios in [0, 1], null when the denominator is 0.
 */
public record BargainingStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        /** contracts of every kind together, as of to */
        Stock all,
        /** the same per kind (COMPREHENSIVE, WAGE, WOMEN_WORKERS) */
        List<Stock> byKind,
        Flows flows,
        /** 建会企业 (covered in the replica) and 百人以上 enterprises of the subtree, with contracts of any kind in force */
        Coverage coverage,
        Inspections inspections,
        /** 协商指导员 in office as of to, per level */
        Map<String, Long> instructorsInOffice,
        ModelEnterprises modelEnterprises,
        /** 厂务公开 and 职代会 established as of to, per ownership (STATE, COLLECTIVE, NON_PUBLIC, UNKNOWN) and ALL */
        List<Democracy> democraticManagement,
        Relations relations) {

    /** Contracts in force as of to (in force from the later of effect and start, through expiry). */
    public record Stock(String kind, long contractsInForce, long single, long regional, long industry,
            /** distinct enterprises of the subtree under such a contract */
            long enterprises,
            /** workers covered (per enterprise, the largest figure of its contracts of this kind) */
            long workers,
            /** 百人以上 enterprises (headcount ≥ 100) under such a contract */
            long enterprisesOver100,
            /** contracts in force whose renewal window (3 months before expiry) is open and that no signed renewal replaces */
            long renewalsDue) {
    }

    /** What happened in the period. */
    public record Flows(long offersSent, long offersAnsweredLate, long offersOverdue, long signed, Map<String, Long> signedByKind,
            Map<String, Long> signedByScope,
            /** 到期续签: renewals signed in the period */
            long renewalsSigned, long filed, long filedLate, long effective, long deemedEffective, long expired) {
    }

    public record Coverage(long coveredEnterprises, long enterprisesUnderContract, Double rate, long enterprisesOver100,
            long enterprisesOver100UnderContract, Double over100Rate) {
    }

    public record Inspections(long archiveInspections, long enterprisesInspected, long archivesPassed,
            /** distinct second-level unions (二级工会, depth 2 of the tree) whose enterprises were inspected */
            long secondLevelUnionsInspected, long tripartiteInspections, long unionsJointlyInspected,
            /** distinct second-level unions jointly inspected, themselves or through a union below them (联合督导二级工会) */
            long secondLevelUnionsJointlyInspected) {
    }

    /** 典型示范企业 of the year of to, against the subtree's 百人以上 enterprises. */
    public record ModelEnterprises(int year, long models, long modelsOver100, long enterprisesOver100, Double over100Rate) {
    }

    /** Harmonious labour relations and training. */
    public record Relations(
            /** enterprises that joined CSR building in the period (全年新增…参与) */
            long csrJoined,
            /** enterprises graded A as of to */
            long csrGradeA,
            /** A-grade enterprises re-reviewed (复核) in the period */
            long csrGradeAReviewed,
            /** 和谐示范点 designated in the period, per level */
            Map<String, Long> harmonySitesDesignated,
            /** enterprises that are a demonstration site (any level) as of to */
            long harmonySites,
            /** 和谐指数抽样: sampled enterprises whose data were collected in the period */
            long harmonySamplesCompleted,
            /** 集体协商专题培训 held in the period, and the union chairs and others who attended */
            long trainings, long chairsTrained, long othersTrained) {
    }

    public record Democracy(String ownership, long enterprises, long openAffairs, Double openAffairsRate, long congress,
            Double congressRate, long recordsComplete, Double completeRate,
            /** enterprises that held a 职代会 session in the period */
            long sessionsHeld) {
    }
}
