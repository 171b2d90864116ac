package cn.gonghui.assistance.visit;

import java.time.LocalDate;

public record VisitView(Long id, Long unionId, Long campaignId, VisitTarget target, Long fileId, Long enterpriseId, Long memberId,
        int peopleReached, LocalDate visitedOn, String notes) {

    public static VisitView of(Visit v) {
        return new VisitView(v.id, v.unionId, v.campaignId, v.target, v.fileId, v.enterpriseId, v.memberId, v.peopleReached,
                v.visitedOn, v.notes);
    }
}
