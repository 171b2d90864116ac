package cn.gonghui.membership.servicepoint;

import java.time.LocalDate;

/** The dated records of a service point as the API shows them: money paid, inspections, star ratings. */
public final class ServicePointRecords {

    private ServicePointRecords() {
    }

    public record FundingView(Long id, Long pointId, long amountFen, String source, FundingPurpose purpose, LocalDate paidOn,
            String note) {

        public static FundingView of(ServicePointFunding f) {
            return new FundingView(f.id, f.pointId, f.amountFen, f.source, f.purpose, f.paidOn, f.note);
        }
    }

    public record InspectionView(Long id, Long pointId, InspectionKind kind, InspectionResult result, LocalDate inspectedOn,
            String inspector, String note) {

        public static InspectionView of(ServicePointInspection i) {
            return new InspectionView(i.id, i.pointId, i.kind, i.result, i.inspectedOn, i.inspector, i.note);
        }
    }

    public record RatingView(Long id, Long pointId, int stars, String ratedBy, LocalDate ratedOn, String batch) {

        public static RatingView of(ServicePointRating r) {
            return new RatingView(r.id, r.pointId, r.stars, r.ratedBy, r.ratedOn, r.batch);
        }
    }
}
