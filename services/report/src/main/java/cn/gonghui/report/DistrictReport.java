package cn.gonghui.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "区级工作报告: every programme's figures for a union subtree and period, as the seed reports quote them")
public record DistrictReport(
        UnionRef union,
        LocalDate from,
        LocalDate to,
        OffsetDateTime generatedAt,
        @Schema(description = "true when a service did not answer: its figures are null and missing says why") boolean partial,
        List<Missing> missing,
        List<Programme> programmes,
        @Schema(description = "the headline figures of each direct child union (e.g. each street federation)") List<UnionFigures> byUnion,
        @Schema(description = "the headline figures of this period and the ones before it, oldest first (docs/report.md, Trend)") List<PeriodFigures> trend) {

    @Schema(description = "A union; name is null when membership could not be asked")
    public record UnionRef(long id, String name) {
    }

    public record Programme(
            @Schema(description = "membership, bargaining, mediation, assistance or benefits") String id,
            String title,
            List<FigureValue> figures) {
    }

    public record FigureValue(
            @Schema(description = "the seed figure id, e.g. S0-01") String id,
            @Schema(description = "the seed report's wording") String label,
            @Schema(description = "null when its service did not answer (see missing) or a ratio divides by 0") BigDecimal value,
            @Schema(description = "count, people (人), person-times (人次), households (户), fen (money in fen), rate (0..1), days, hours or other") String unit,
            boolean headline,
            Source source) {
    }

    public record Source(
            String service,
            @Schema(description = "the stats call the value comes from") String call,
            @Schema(description = "the field expression in its response (docs/report.md)") String expr) {
    }

    @Schema(description = "A service that did not answer a part of the report")
    public record Missing(
            String service,
            @Schema(description = "timeout, unavailable (cannot be reached, 5xx, or its circuit is open) or refused (4xx)") String reason,
            @Schema(description = "the status it answered, when it did") Integer status,
            String detail,
            @Schema(description = "which part of the report lacks it: union, figures, byUnion or trend") String part,
            @Schema(description = "how many calls of that part failed so") int calls) {
    }

    public record Headline(String id, BigDecimal value) {
    }

    public record UnionFigures(UnionRef union, List<Headline> figures) {
    }

    public record PeriodFigures(LocalDate from, LocalDate to, List<Headline> figures) {
    }
}
