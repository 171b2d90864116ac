package cn.gonghui.assistance.hardship;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A hardship file as the API shows it: the ID number masked, the phone never. */
public record HardshipView(Long id, Long unionId, UUID personId, Long memberId, String name, String idNumber, String gender,
        boolean migrant, int householdSize, long monthlyIncomeFen, Set<HardshipCause> causes, HardshipLevel level,
        HardshipStatus status, LocalDate registeredOn, LocalDate reviewDueOn, LocalDate lastReviewedOn, LocalDate exitedOn,
        String exitReason, List<String> flags, long version) {

    public static HardshipView of(HardshipFile f) {
        return new HardshipView(f.id, f.unionId, f.personId, f.memberId, f.name, f.idNumberMasked, f.gender, f.migrant,
                f.householdSize, f.monthlyIncomeFen, f.causes(), f.level, f.status, f.registeredOn, f.reviewDueOn,
                f.lastReviewedOn, f.exitedOn, f.exitReason, List.of(f.flags), f.version);
    }

    /** 入户核查 as the API shows it. */
    public record VisitView(Long id, Long fileId, LocalDate visitedOn, String visitor, String findings, List<String> evidenceRefs) {

        public static VisitView of(HomeVisit v) {
            return new VisitView(v.id, v.fileId, v.visitedOn, v.visitor, v.findings, List.of(v.evidenceRefs));
        }
    }
}
