package cn.gonghui.report;

import cn.gonghui.report.DistrictReport.FigureValue;
import cn.gonghui.report.DistrictReport.Headline;
import cn.gonghui.report.DistrictReport.Missing;
import cn.gonghui.report.DistrictReport.PeriodFigures;
import cn.gonghui.report.DistrictReport.Programme;
import cn.gonghui.report.DistrictReport.UnionFigures;
import cn.gonghui.report.catalogue.Service;
import cn.gonghui.report.catalogue.Unit;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The district report as one printable HTML page (A4, zh-CN), self-contained: inline CSS and charts as
 * inline SVG drawn here, no script, no web font, nothing fetched. Every figure's cell carries
 * {@code data-figure} (its id) and {@code data-value} (the raw value of the JSON, empty when null).
 */
public final class ReportPage {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> REASONS = Map.of(
            "timeout", "未在时限内响应", "unavailable", "无法访问", "refused", "拒绝了请求");
    private static final Map<String, String> PARTS = Map.of(
            "union", "组织名称", "figures", "本期数据", "byUnion", "下属组织数据", "trend", "往期数据");

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            * { box-sizing: border-box; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
                   color: #1a1a1a; margin: 0 auto; max-width: 182mm; font-size: 10.5pt; line-height: 1.5; }
            h1 { font-size: 18pt; margin: 0 0 2mm; color: #a50f15; }
            h2 { font-size: 13pt; border-bottom: 2px solid #a50f15; padding-bottom: 1mm; margin: 7mm 0 3mm; }
            .period { color: #555; margin: 0 0 4mm; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
            th, td { border: 1px solid #ccc; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; font-weight: 600; }
            td.value { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.id { color: #666; white-space: nowrap; width: 14mm; }
            td.unit { white-space: nowrap; width: 14mm; }
            tr.headline td { font-weight: 600; }
            .notice { border: 2px solid #d94801; background: #fff5eb; padding: 2mm 4mm; margin: 3mm 0; }
            .notice strong { color: #a63603; }
            .charts { display: flex; flex-wrap: wrap; gap: 4mm; }
            figure { margin: 0; width: calc(50% - 2mm); break-inside: avoid; page-break-inside: avoid; }
            figcaption { font-size: 9pt; color: #333; margin-bottom: 1mm; }
            svg { width: 100%; height: auto; }
            svg text { font-size: 11px; fill: #333; }
            footer { margin-top: 8mm; color: #777; font-size: 8.5pt; }
            section.programme { break-before: auto; }
            @media print { .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            """;

    private ReportPage() {
    }

    public static String render(DistrictReport report) {
        StringBuilder h = new StringBuilder(32_000);
        String union = report.union().name() == null ? "组织 " + report.union().id() : report.union().name();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(union)).append(" 工作报告数据 ").append(report.from()).append(" 至 ").append(report.to())
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body data-union-id=\"").append(report.union().id())
                .append("\" data-partial=\"").append(report.partial()).append("\">\n");
        h.append("<header>\n<h1>").append(esc(union)).append(" 工作报告数据</h1>\n<p class=\"period\">统计期间 ")
                .append(report.from()).append(" 至 ").append(report.to()).append(" · 生成于 ")
                .append(GENERATED.format(report.generatedAt())).append("</p>\n</header>\n");
        if (report.partial()) {
            h.append("<div class=\"notice\" role=\"alert\" id=\"missing\">\n<strong>部分数据缺失:</strong>以下服务未能提供数据,相关数值显示为“—”。\n<ul>\n");
            for (Missing m : report.missing()) {
                h.append("<li data-missing-service=\"").append(esc(m.service())).append("\">")
                        .append(esc(Service.of(m.service()).title())).append("(").append(esc(m.service())).append(")")
                        .append(esc(REASONS.getOrDefault(m.reason(), m.reason())))
                        .append(m.status() == null ? "" : "(HTTP " + m.status() + ")")
                        .append(",影响").append(esc(PARTS.getOrDefault(m.part(), m.part())))
                        .append(m.calls() > 1 ? "(" + m.calls() + " 次调用)" : "").append("</li>\n");
            }
            h.append("</ul>\n</div>\n");
        }
        for (Programme p : report.programmes()) {
            programme(h, p, report);
        }
        h.append("<footer>数据来源:会员与组织、集体协商、劳动争议调解、困难职工帮扶、普惠服务各服务的统计接口(GET /api/v1/stats/…),")
                .append("按所选组织及其下属组织、统计期间汇总;货币单位为万元,比率为百分比。</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void programme(StringBuilder h, Programme p, DistrictReport report) {
        h.append("<section class=\"programme\" id=\"programme-").append(esc(p.id())).append("\">\n<h2>").append(esc(p.title())).append("</h2>\n");
        if (p.figures().isEmpty()) {
            h.append("<p>(本项目暂无指标)</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>编号</th><th>指标</th><th>数值</th><th>单位</th></tr></thead>\n<tbody>\n");
        for (FigureValue f : p.figures()) {
            Unit unit = Unit.of(f.unit());
            h.append("<tr").append(f.headline() ? " class=\"headline\"" : "").append("><td class=\"id\">").append(esc(f.id()))
                    .append("</td><td>").append(esc(f.label())).append("</td><td class=\"value\" data-figure=\"").append(esc(f.id()))
                    .append("\" data-value=\"").append(f.value() == null ? "" : f.value().toPlainString()).append("\">")
                    .append(esc(unit.format(f.value()))).append("</td><td class=\"unit\">").append(esc(unit.suffix())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        List<FigureValue> headlines = p.figures().stream().filter(FigureValue::headline).toList();
        if (!headlines.isEmpty()) {
            h.append("<div class=\"charts\">\n");
            for (FigureValue f : headlines) {
                Unit unit = Unit.of(f.unit());
                String suffix = unit.suffix().isEmpty() ? "" : "(" + unit.suffix() + ")";
                if (!report.byUnion().isEmpty()) {
                    List<Bar> bars = new ArrayList<>();
                    for (UnionFigures u : report.byUnion()) {
                        bars.add(new Bar(u.union().name() == null ? String.valueOf(u.union().id()) : u.union().name(), valueOf(u.figures(), f.id())));
                    }
                    chart(h, f.label() + suffix + " · 按下属组织", f.id(), "byUnion", bars, unit, 11);
                }
                List<Bar> bars = new ArrayList<>();
                for (PeriodFigures t : report.trend()) {
                    bars.add(new Bar(periodLabel(t), valueOf(t.figures(), f.id())));
                }
                chart(h, f.label() + suffix + " · 历期对比", f.id(), "trend", bars, unit, 21);
            }
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    private record Bar(String label, BigDecimal value) {
    }

    /** A horizontal bar chart: one row per bar, the label on the left, the printed value after the bar. */
    private static void chart(StringBuilder h, String caption, String figureId, String kind, List<Bar> bars, Unit unit, int labelLength) {
        int width = 400;
        int labelWidth = 130;
        int valueWidth = 60;
        int row = 20;
        int height = bars.size() * row + 6;
        double max = bars.stream().filter(b -> b.value() != null).mapToDouble(b -> b.value().doubleValue()).max().orElse(0);
        h.append("<figure data-chart=\"").append(kind).append("\" data-chart-figure=\"").append(esc(figureId)).append("\">\n<figcaption>")
                .append(esc(caption)).append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
        int y = 3;
        for (Bar b : bars) {
            double share = b.value() == null || max <= 0 ? 0 : Math.max(0, b.value().doubleValue()) / max;
            int barWidth = (int) Math.round(share * (width - labelWidth - valueWidth));
            h.append("<text x=\"").append(labelWidth - 4).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(esc(shorten(b.label(), labelLength))).append("</text>");
            h.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(barWidth)
                    .append("\" height=\"").append(row - 6).append("\" fill=\"#cb181d\"/>");
            h.append("<text x=\"").append(labelWidth + barWidth + 4).append("\" y=\"").append(y + 14).append("\" data-value=\"")
                    .append(b.value() == null ? "" : b.value().toPlainString()).append("\">").append(esc(unit.format(b.value())))
                    .append("</text>\n");
            y += row;
        }
        h.append("</svg>\n</figure>\n");
    }

    private static String periodLabel(PeriodFigures t) {
        int year = t.from().getYear();
        if (t.from().getDayOfYear() == 1 && t.to().equals(t.from().withDayOfYear(t.from().lengthOfYear()))) {
            return year + "年";
        }
        if (t.from().equals(java.time.LocalDate.of(year, 1, 1)) && t.to().equals(java.time.LocalDate.of(year, 6, 30))) {
            return year + "年上半年";
        }
        if (t.from().equals(java.time.LocalDate.of(year, 7, 1)) && t.to().equals(java.time.LocalDate.of(year, 12, 31))) {
            return year + "年下半年";
        }
        return t.from() + "~" + t.to().toString().substring(t.from().getYear() == t.to().getYear() ? 5 : 0);
    }

    private static BigDecimal valueOf(List<Headline> figures, String id) {
        for (Headline h : figures) {
            if (h.id().equals(id)) {
                return h.value();
            }
        }
        return null;
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
