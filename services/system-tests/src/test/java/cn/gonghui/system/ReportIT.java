package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Chromium;
import cn.gonghui.testkit.PrintedFigures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The district report as an officer reads it: assembled by the report service from the five real stats
 * APIs with the officer's own token, so it holds their subtree and nothing else; the printed page, as
 * Chromium renders it, shows the same figures as the JSON.
 */
@ExtendWith(SystemStack.class)
class ReportIT {

    private static final String REPORT = "report";

    @Test
    void anOfficerReadsTheReportOfTheirSubtreeAssembledFromTheFiveServicesAndOnlyThat() throws Exception {
        Tree t = tree();
        long street2 = union(t.district(), "STREET_TOWN_FEDERATION");
        long union2 = union(street2, "ENTERPRISE_UNION");
        Person p1 = enrol(t.grassroots());
        Person p2 = enrol(union2);
        hardshipFile(t.grassroots(), p1.idNumber());
        hardshipFile(union2, p2.idNumber());
        String own = "unionId=" + t.street() + "&" + period();

        // the member's card is issued from MemberJoined a moment later; the report shows it once benefits has it
        JsonPath report = awaitBody("the street's report counts its card",
                () -> officer(REPORT, t.street()).get("/reports/district?" + own),
                r -> Integer.valueOf(1).equals(r.getInt("programmes.find { it.id == 'benefits' }.figures.find { it.id == 'S0-35' }.value")));

        assertThat(report.getLong("union.id")).isEqualTo(t.street());
        assertThat(report.getBoolean("partial")).as(report.prettify()).isFalse();
        assertThat(report.getList("missing")).isEmpty();
        assertThat(report.getList("programmes.id")).containsExactly("membership", "bargaining", "mediation", "assistance", "benefits");
        // each figure is what its own service answers for the same subtree and period, to the caller
        assertThat(figure(report, "S1-54")).isEqualTo(officer(ASSISTANCE, t.street()).get("/stats/assistance?" + own)
                .then().statusCode(200).extract().jsonPath().getInt("hardship.households")).isEqualTo(1);
        assertThat(figure(report, "S1-44")).isEqualTo(officer(MEMBERSHIP, t.street()).get("/stats/membership?" + own)
                .then().statusCode(200).extract().jsonPath().getInt("membersJoined")).isEqualTo(1);
        assertThat(figure(report, "S0-17")).isEqualTo(officer(MEDIATION, t.street()).get("/stats/mediation?" + own)
                .then().statusCode(200).extract().jsonPath().getInt("cases.accepted"));
        // the breakdown is by the street's own children only
        assertThat(report.getList("byUnion.union.id", Object.class)).extracting(String::valueOf)
                .containsExactly(String.valueOf(t.grassroots()));

        // another street's report, or the district's, is not the officer's to read
        assertProblem(officer(REPORT, t.street()).get("/reports/district?unionId=" + street2 + "&" + period()), 403);
        assertProblem(officer(REPORT, t.street()).get("/reports/district?unionId=" + t.district() + "&" + period()), 403);
        // the district admin's report has both streets, each with its own card
        JsonPath district = admin(REPORT).get("/reports/district?unionId=" + t.district() + "&" + period())
                .then().statusCode(200).extract().jsonPath();
        assertThat(figure(district, "S0-35")).isEqualTo(2);
        assertThat(district.getList("byUnion.union.id", Object.class)).extracting(String::valueOf)
                .containsExactlyInAnyOrder(String.valueOf(t.street()), String.valueOf(street2));

        // the printed page, rendered by Chromium, shows every figure of the JSON with the same value
        Response page = officer(REPORT, t.street()).accept("text/html").get("/reports/district.html?" + own);
        page.then().statusCode(200).contentType("text/html");
        Path file = Path.of("target", "system-report.html");
        Files.writeString(file, page.asString(), StandardCharsets.UTF_8);
        String dom = Chromium.dumpDom(file.toAbsolutePath().toUri());
        Map<String, Object> figures = new HashMap<>();
        for (Map<String, Object> f : report.<Map<String, Object>>getList("programmes.figures.flatten()")) {
            assertThat(figures.put((String) f.get("id"), f.get("value"))).as("figure %s listed once", f.get("id")).isNull();
        }
        PrintedFigures.assertShowsTheSame(dom, figures);
    }

    private static int figure(JsonPath report, String id) {
        return report.getInt("programmes.figures.flatten().find { it.id == '" + id + "' }.value");
    }
}
