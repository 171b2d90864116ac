package cn.gonghui.report.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure's field expression in a stats response (the catalogue's {@code expr} column): one or more
 * paths joined by {@code " + "} (a sum), or exactly two joined by {@code " / "} (a ratio, null when the
 * divisor is 0). A path is segments separated by {@code .}; a segment is {@code name} or
 * {@code name[k=v,k2=v2]}, which keeps the elements of array {@code name} whose fields equal the values
 * (as strings). On an array the rest of the path is evaluated on each kept element and summed (no
 * filter keeps every element; none kept is 0). A field that is absent counts 0 (maps such as
 * {@code unionsByKind} leave out their zeros); a JSON null leaf makes the figure null.
 */
public final class Expression {

    private final String text;
    private final List<Path> terms;
    private final boolean ratio;

    private Expression(String text, List<Path> terms, boolean ratio) {
        this.text = text;
        this.terms = List.copyOf(terms);
        this.ratio = ratio;
    }

    public record Segment(String name, Map<String, String> filter) {
        public Segment {
            filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
        }
    }

    public record Path(List<Segment> segments) {
        public Path {
            segments = List.copyOf(segments);
        }
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty expression");
        }
        String t = text.strip();
        boolean sum = t.contains(" + ");
        boolean ratio = t.contains(" / ");
        if (sum && ratio) {
            throw new IllegalArgumentException("a sum and a ratio in one expression: " + text);
        }
        List<Path> terms = new ArrayList<>();
        if (ratio) {
            String[] parts = t.split(" / ", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a ratio has exactly two terms: " + text);
            }
            for (String p : parts) {
                terms.add(path(p.strip(), text));
            }
        } else {
            for (String p : t.split(" \\+ ", -1)) {
                terms.add(path(p.strip(), text));
            }
        }
        return new Expression(t, terms, ratio);
    }

    private static Path path(String p, String whole) {
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty term in " + whole);
        }
        List<Segment> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            char c = i == p.length() ? '.' : p.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                segments.add(segment(p.substring(start, i), whole));
                start = i + 1;
            }
            if (depth < 0 || depth > 1) {
                throw new IllegalArgumentException("unbalanced brackets in " + whole);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced brackets in " + whole);
        }
        return new Path(segments);
    }

    private static Segment segment(String s, String whole) {
        int open = s.indexOf('[');
        String name = open < 0 ? s : s.substring(0, open);
        if (name.isEmpty() || name.isBlank() || !name.equals(name.strip()) || name.contains("]")) {
            throw new IllegalArgumentException("bad segment '" + s + "' in " + whole);
        }
        Map<String, String> filter = new LinkedHashMap<>();
        if (open >= 0) {
            if (!s.endsWith("]") || s.length() - open < 3) {
                throw new IllegalArgumentException("bad filter in segment '" + s + "' of " + whole);
            }
            for (String pair : s.substring(open + 1, s.length() - 1).split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("a filter is k=v pairs separated by commas: '" + s + "' in " + whole);
                }
                filter.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new Segment(name, filter);
    }

    public List<Path> terms() {
        return terms;
    }

    public boolean isRatio() {
        return ratio;
    }

    /** The figure's value in a stats response; null when a leaf is null or a ratio divides by 0. */
    public BigDecimal evaluate(JsonNode root) {
        List<BigDecimal> values = new ArrayList<>();
        for (Path term : terms) {
            BigDecimal v = evaluate(root, term.segments(), 0);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        if (ratio) {
            BigDecimal divisor = values.get(1);
            return divisor.signum() == 0 ? null : values.get(0).divide(divisor, MathContext.DECIMAL64);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal evaluate(JsonNode node, List<Segment> segments, int at) {
        if (node == null || node.isMissingNode()) {
            return BigDecimal.ZERO;
        }
        if (at == segments.size()) {
            if (node.isNull()) {
                return null;
            }
            if (!node.isNumber()) {
                throw new IllegalStateException("not a number: " + node);
            }
            return node.decimalValue();
        }
        if (node.isNull()) {
            return null;
        }
        Segment segment = segments.get(at);
        JsonNode child = node.get(segment.name());
        if (child == null) {
            return BigDecimal.ZERO;
        }
        if (child.isArray()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode element : child) {
                if (matches(element, segment.filter())) {
                    BigDecimal v = evaluate(element, segments, at + 1);
                    if (v == null) {
                        return null;
                    }
                    sum = sum.add(v);
                }
            }
            return sum;
        }
        if (!segment.filter().isEmpty()) {
            throw new IllegalStateException(segment.name() + " is not an array but has a filter");
        }
        return evaluate(child, segments, at + 1);
    }

    private static boolean matches(JsonNode element, Map<String, String> filter) {
        for (Map.Entry<String, String> f : filter.entrySet()) {
            JsonNode field = element.get(f.getKey());
            if (field == null || field.isNull() || !field.asText().equals(f.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
