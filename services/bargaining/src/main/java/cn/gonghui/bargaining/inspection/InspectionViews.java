package cn.gonghui.bargaining.inspection;

import java.time.LocalDate;

/** Inspections as the API shows them. */
public final class InspectionViews {

    private InspectionViews() {
    }

    public record ArchiveView(Long id, Long unionId, Long enterpriseId, LocalDate inspectedOn, boolean passed, String findings) {

        public static ArchiveView of(ArchiveInspection a) {
            return new ArchiveView(a.id, a.unionId, a.enterpriseId, a.inspectedOn, a.passed, a.findings);
        }
    }

    public record TripartiteView(Long id, Long unionId, LocalDate inspectedOn, String partners, String findings) {

        public static TripartiteView of(TripartiteInspection t) {
            return new TripartiteView(t.id, t.unionId, t.inspectedOn, t.partners, t.findings);
        }
    }
}
