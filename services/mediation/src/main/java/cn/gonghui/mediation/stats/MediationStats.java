package cn.gonghui.mediation.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The mediation figures of a union subtree for a period (dates inclusive, Asia/Shanghai), as the work reports
 * quote them. Flows count what happened in [from, to]; stocks are as of {@code to}. Money is fen, and the amount
 * claimed (涉及金额), agreed and paid (挽回) are kept apart.
 */
public record MediationStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        Cases cases,
        Money money,
        /** per centre: cases accepted and mediated in the period (仲裁院工会调解室 is one centre kind) */
        List<Centre> byCentre,
        /** case files filed in the period, per type (规范实体/简易) and per union of the centre (镇街工会上报) */
        List<Files> files,
        LegalAid legalAid,
        Supervision supervision,
        Consultations consultations) {

    /**
     * accepted: the union's own cases received in the period (受理); group disputes among them (10+ workers) and
     * their workers; group incidents the union assisted the government with (协助化解群体事件), counted apart;
     * mediated (调解成功: agreement binding in the period), referred (仲裁衔接), withdrawn; successRate = mediated ÷
     * (mediated + referred) in the period, null when neither happened; open and overdue cases as of to.
     */
    public record Cases(long accepted, long acceptedWorkers, Map<String, Long> acceptedByChannel, Map<String, Long> claimsByCategory,
            long groupDisputes, long groupWorkers, long assistedIncidents, long assistedWorkers, long mediated, long mediatedWorkers,
            long referred, long withdrawn, Double successRate, long openAtEnd, long overdueAtEnd) {
    }

    /**
     * claimedFenAccepted: claimed in the cases accepted in the period. For the cases mediated in the period: the amount
     * they claimed, the amount agreed, and what was paid against them by to. paidFenInPeriod: every payment received
     * in the period, whenever its case was mediated.
     */
    public record Money(long claimedFenAccepted, long claimedFenMediated, long agreedFenMediated, long paidFenMediated,
            long paidFenInPeriod) {
    }

    public record Centre(long centreId, String name, String kind, long unionId, long accepted, long mediated, long agreedFen) {
    }

    /** unionId and unionName are null in the row that totals a file type. */
    public record Files(String type, Long unionId, String unionName, long files, long workers, long claimedFen, long agreedFen,
            long paidFen) {
    }

    /** 法律援助: accepted in the period with the amount at stake and workers; closed in the period with the amount won. */
    public record LegalAid(long accepted, long amountAtStakeFen, long workers, long closed, long amountWonFen) {
    }

    /**
     * As of to: 劳动法律监督员 in office, 三方机制协调员 in office and the distinct communities (unions) they cover. In the
     * period: inspections (joint ones among them) and the distinct enterprises inspected; hazards reported from phones
     * and hazards fixed; hazards still open as of to.
     */
    public record Supervision(long supervisorsInOffice, long coordinatorsInOffice, long coordinatorCommunities, long inspections,
            long jointInspections, long enterprisesInspected, long hazardsReported, long hazardsFixed, long hazardsOpenAtEnd) {
    }

    /** 咨询 in the period: person-times (人次), records, and person-times by channel and by topic. */
    public record Consultations(long personTimes, long records, Map<String, Long> byChannel, Map<String, Long> byTopic) {
    }
}
