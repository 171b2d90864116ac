package cn.gonghui.report.catalogue;

/** One row of the figure catalogue: a seed report's figure and where its value comes from. */
public record Figure(String id, Service programme, String label, Service service, Expression expr, Unit unit, boolean headline) {
}
