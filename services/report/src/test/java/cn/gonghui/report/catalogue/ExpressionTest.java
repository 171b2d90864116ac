package cn.gonghui.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static final JsonNode STATS = read("""
            {"membersJoined": 42, "homeRate": null, "unionsByKind": {"STREET_TOWN_FEDERATION": 4},
             "money": {"agreedFen": 100, "wonFen": 50},
             "honours": [{"kind": "A", "level": "N", "conferred": 1}, {"kind": "A", "level": "P", "conferred": 2},
                         {"kind": "B", "level": "N", "conferred": 4}, {"kind": "A", "level": "N", "conferred": 8}],
             "donations": {"amountFenByDrive": {"春风行动": 7}}, "points": [{"kind": "L", "n": 3, "rate": null}]}
            """);

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String eval(String expr) {
        var v = Expression.parse(expr).evaluate(STATS);
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    @Test
    void pathsSumsAndRatios() {
        assertThat(eval("membersJoined")).isEqualTo("42");
        assertThat(eval("money.agreedFen + money.wonFen")).isEqualTo("150");
        assertThat(eval("unionsByKind.STREET_TOWN_FEDERATION / membersJoined")).startsWith("0.0952");
        assertThat(eval("donations.amountFenByDrive.春风行动")).isEqualTo("7");
    }

    @Test
    void filtersKeepTheMatchingElementsAndSumThem() {
        assertThat(eval("honours[kind=A,level=N].conferred")).isEqualTo("9");
        assertThat(eval("honours[kind=A].conferred")).isEqualTo("11");
        assertThat(eval("honours.conferred")).isEqualTo("15");
        assertThat(eval("honours[kind=Z].conferred")).isEqualTo("0");
        assertThat(eval("honours[kind=A,level=N].conferred + honours[kind=B,level=N].conferred")).isEqualTo("13");
    }

    @Test
    void absentIsZeroNullIsNullAndADivisionByZeroIsNull() {
        assertThat(eval("unionsByKind.ENTERPRISE_UNION")).isEqualTo("0");
        assertThat(eval("homeRate")).isNull();
        assertThat(eval("points[kind=L].rate")).isNull();
        assertThat(eval("membersJoined / unionsByKind.NONE")).isNull();
        assertThat(eval("homeRate + membersJoined")).isNull();
    }

    @Test
    void badExpressionsAreRefused() {
        assertThatThrownBy(() -> Expression.parse("a + b / c")).hasMessageContaining("a sum and a ratio");
        assertThatThrownBy(() -> Expression.parse("a / b / c")).hasMessageContaining("exactly two");
        assertThatThrownBy(() -> Expression.parse("a[kind=X")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> Expression.parse("a..b")).hasMessageContaining("bad segment");
        assertThatThrownBy(() -> Expression.parse("a[kind]")).hasMessageContaining("k=v");
        assertThatThrownBy(() -> Expression.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void aBadCatalogueRowNamesItsLine() {
        String tsv = "id\tprogramme\tlabel\tservice\texpr\tunit\theadline\n"
                + "S0-01\tmembership\tx\tmembership\tmembersJoined\tcount\tyes\n"
                + "S0-02\tmembership\tx\tmembership\tmembersJoined\tyuan\t\n";
        assertThatThrownBy(() -> FigureCatalogue.read(new StringReader(tsv))).hasMessageContaining("line 3").hasMessageContaining("unknown unit yuan");
        String dup = "S0-01\tmembership\tx\tmembership\tmembersJoined\tcount\tyes\nS0-01\tbenefits\ty\tbenefits\tcards.active\tpeople\t\n";
        assertThatThrownBy(() -> FigureCatalogue.read(new StringReader(dup))).hasMessageContaining("duplicate id S0-01");
    }
}
