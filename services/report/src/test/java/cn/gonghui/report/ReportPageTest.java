package cn.gonghui.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.localstack.Tokens;
import cn.gonghui.report.ServicesStub.Behaviour;
import cn.gonghui.report.catalogue.Service;
import cn.gonghui.report.downstream.Downstream;
import cn.gonghui.report.downstream.Reply;
import cn.gonghui.testkit.Chromium;
import cn.gonghui.testkit.PrintedFigures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The district report against a real HTTP stub of the five services ({@link ServicesStub}): the figures
 * of the catalogue with the values the stats give, the printed page as Chromium renders it, the caller's
 * token passed on, scope and roles, and partial answers when a service fails, hangs or has its circuit
 * open. The failure cases run last: an open circuit stays open for the rest of the run.
 */
@QuarkusTest
@QuarkusTestResource(ReportTestStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPageTest {

    private static final Tokens TOKENS = ReportTestStack.tokens();
    private static final String H1_2016 = "from=2016-01-01&to=2016-06-30";

    @Inject
    Downstream downstream;

    /** The catalogue's figures for the district (union 1, scale 10) in the first half of 2016, as the stub's stats give them. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("S1-42", "80"), Map.entry("S1-44", "1960"), Map.entry("S0-01", "1"), Map.entry("S1-28", "7"),
            Map.entry("S1-31", "0.75"), Map.entry("S2-34", "6"),
            Map.entry("S3-02", "845"), Map.entry("S3-04", "11500"), Map.entry("S2-31", "0.81"),
            Map.entry("S0-17", "221"), Map.entry("S0-18", "134"), Map.entry("S0-19", "39843000"), Map.entry("S0-22", "98943000"),
            Map.entry("S1-56", "7662"), Map.entry("S1-58", "100000000"), Map.entry("S1-54", "78"), Map.entry("S1-72", "115493000"),
            Map.entry("S0-35", "30000"), Map.entry("S0-49", "9699"), Map.entry("S0-50", "1005000"), Map.entry("S2-04", "55000"));

    @BeforeEach
    void answerAgain() {
        ServicesStub.reset();
    }

    @AfterAll
    static void letHangingCallsGo() {
        ServicesStub.reset();
    }

    private static Map<String, BigDecimal> figures(JsonPath json) {
        Map<String, BigDecimal> values = new HashMap<>();
        List<Map<String, Object>> programmes = json.getList("programmes");
        for (Map<String, Object> p : programmes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> figures = (List<Map<String, Object>>) p.get("figures");
            for (Map<String, Object> f : figures) {
                values.put((String) f.get("id"), f.get("value") == null ? null : new BigDecimal(f.get("value").toString()));
            }
        }
        return values;
    }

    /** The figures of the catalogue the service runs with (the rows of report/figures.tsv). */
    private static int catalogueRows() {
        try (var in = ReportPageTest.class.getResourceAsStream("/report/figures.tsv")) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonPath districtReport() {
        return given().auth().oauth2(TOKENS.districtAdmin()).accept("application/json")
                .get("/api/v1/reports/district?unionId=1&" + H1_2016)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    @Order(1)
    void theJsonReportHasEveryFigureOfTheCatalogueWithTheValueItsStatsGive() {
        JsonPath json = districtReport();
        assertThat(json.getLong("union.id")).isEqualTo(1L);
        assertThat(json.getString("union.name")).isEqualTo("北京市某区总工会");
        assertThat(json.getString("from")).isEqualTo("2016-01-01");
        assertThat(json.getString("to")).isEqualTo("2016-06-30");
        assertThat(json.getString("generatedAt")).isNotBlank();
        assertThat(json.getBoolean("partial")).isFalse();
        assertThat(json.getList("missing")).isEmpty();
        assertThat(json.getList("programmes.id")).containsExactly("membership", "bargaining", "mediation", "assistance", "benefits");

        Map<String, BigDecimal> figures = figures(json);
        assertThat(figures.keySet()).containsAll(EXPECTED.keySet()).hasSize(catalogueRows());
        EXPECTED.forEach((id, value) -> assertThat(figures.get(id)).as(id).isEqualByComparingTo(value));

        Map<String, Object> s128 = json.getMap("programmes[0].figures.find { it.id == 'S1-28' }");
        assertThat(s128).containsEntry("label", "市级五一劳动奖章(状)").containsEntry("unit", "count");
        assertThat(json.getString("programmes[0].figures.find { it.id == 'S1-28' }.source.service")).isEqualTo("membership");
        assertThat(json.getString("programmes[0].figures.find { it.id == 'S1-28' }.source.call"))
                .isEqualTo("GET /api/v1/stats/membership?unionId=1&from=2016-01-01&to=2016-06-30");
        assertThat(json.getString("programmes[0].figures.find { it.id == 'S1-28' }.source.expr"))
                .isEqualTo("honours[kind=MAY_DAY_MEDAL,level=MUNICIPAL].conferred + honours[kind=MAY_DAY_AWARD,level=MUNICIPAL].conferred");
    }

    @Test
    @Order(2)
    void byUnionHasTheHeadlinesOfEachStreetFederationAndTrendThoseOfThreeEarlierHalfYears() {
        JsonPath json = districtReport();
        assertThat(json.getList("byUnion.union.id", Long.class)).containsExactly(2L, 3L);
        assertThat(json.getList("byUnion.union.name")).containsExactly("牛街街道总工会", "广内街道总工会");
        // 新增会员 S1-44 is 196 x the stub's scale: 4 for 牛街 and 6 for 广内 in 2016
        assertThat(json.getString("byUnion[0].figures.find { it.id == 'S1-44' }.value")).isEqualTo("784");
        assertThat(json.getString("byUnion[1].figures.find { it.id == 'S1-44' }.value")).isEqualTo("1176");
        assertThat(json.getList("byUnion[0].figures.id")).contains("S1-44", "S3-02", "S0-17", "S1-58", "S0-35").doesNotContain("S0-01");

        assertThat(json.getList("trend.from")).containsExactly("2014-07-01", "2015-01-01", "2015-07-01", "2016-01-01");
        assertThat(json.getList("trend.to")).containsExactly("2014-12-31", "2015-06-30", "2015-12-31", "2016-06-30");
        // the scale is 10 + (year - 2016): 8, 9, 9, 10
        assertThat(json.getList("trend.collect { it.figures.find { f -> f.id == 'S1-44' }.value }", Integer.class))
                .containsExactly(1568, 1764, 1764, 1960);
    }

    @Test
    @Order(3)
    void theCallersTokenReachesEveryServiceAndNothingElseDoes() {
        String token = TOKENS.districtAdmin();
        given().auth().oauth2(token).get("/api/v1/reports/district?unionId=1&" + H1_2016).then().statusCode(200);
        assertThat(ServicesStub.authorizations()).isNotEmpty().allMatch(("Bearer " + token)::equals);
        for (String service : List.of("membership", "bargaining", "mediation", "assistance", "benefits")) {
            assertThat(ServicesStub.hits(service)).as(service).isPositive();
        }
    }

    @Test
    @Order(4)
    void thePrintedPageRenderedByChromiumShowsEveryFigureOfTheJsonWithTheSameValue() throws Exception {
        Map<String, BigDecimal> json = figures(districtReport());
        Response page = given().auth().oauth2(TOKENS.districtAdmin()).accept("text/html")
                .get("/api/v1/reports/district?unionId=1&" + H1_2016);
        page.then().statusCode(200).contentType("text/html");
        String html = page.asString();
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        // the same page at district.html
        given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district.html?unionId=1&" + H1_2016)
                .then().statusCode(200).contentType("text/html");

        Path file = Path.of("target", "district-report.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        String dom = Chromium.dumpDom(file.toAbsolutePath().toUri());
        Chromium.screenshot(file.toAbsolutePath().toUri(), Path.of("target", "district-report.png"));

        PrintedFigures.assertShowsTheSame(dom, json);
        assertThat(dom).contains("<svg").contains("牛街街道总工会").contains("统计期间 2016-01-01 至 2016-06-30")
                .doesNotContain("部分数据缺失");
    }

    @Test
    @Order(5)
    void anOfficerGetsTheirOwnUnionAndItsSubtreeOnly() {
        String officer = TOKENS.officer(2);
        given().auth().oauth2(officer).get("/api/v1/reports/district?" + H1_2016)
                .then().statusCode(200)
                .body("union.id", org.hamcrest.Matchers.equalTo(2))
                .body("union.name", org.hamcrest.Matchers.equalTo("牛街街道总工会"))
                .body("byUnion.union.id", org.hamcrest.Matchers.contains(4))
                .body("partial", org.hamcrest.Matchers.equalTo(false));
        given().auth().oauth2(officer).get("/api/v1/reports/district?unionId=4&" + H1_2016).then().statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/reports/district?unionId=3&" + H1_2016)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(officer).get("/api/v1/reports/district?unionId=1&" + H1_2016).then().statusCode(403);
        given().auth().oauth2(officer).accept("text/html").get("/api/v1/reports/district.html?unionId=3").then().statusCode(403);
    }

    @Test
    @Order(6)
    void membersPartnersAndStrangersAreRefused() {
        given().auth().oauth2(TOKENS.member(42)).get("/api/v1/reports/district?unionId=1").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TOKENS.partner("insurer", "pingan")).get("/api/v1/reports/district?unionId=1").then().statusCode(403);
        given().get("/api/v1/reports/district?unionId=1").then().statusCode(401);
        given().auth().oauth2(TOKENS.mint("someone", List.of("mediator"), Map.of())).get("/api/v1/reports/district.html?unionId=1")
                .then().statusCode(403);
    }

    @Test
    @Order(7)
    void badInputIsAProblemNamingTheField() {
        String admin = TOKENS.districtAdmin();
        given().auth().oauth2(admin).get("/api/v1/reports/district?" + H1_2016)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("unionId"));
        given().auth().oauth2(admin).get("/api/v1/reports/district?unionId=1&from=2016-13-01")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().auth().oauth2(admin).get("/api/v1/reports/district?unionId=1&to=yesterday")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        given().auth().oauth2(admin).get("/api/v1/reports/district?unionId=1&from=2016-07-01&to=2016-06-30")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().auth().oauth2(admin).get("/api/v1/reports/district?unionId=x")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("unionId"));
        given().auth().oauth2(admin).get("/api/v1/reports/district?unionId=99&" + H1_2016).then().statusCode(404);
    }

    @Test
    @Order(8)
    void aFailedCallIsRetriedOnceButARefusalIsNot() {
        String authorization = "Bearer " + TOKENS.districtAdmin();
        LocalDate from = LocalDate.parse("2016-01-01");
        LocalDate to = LocalDate.parse("2016-06-30");

        ServicesStub.make("benefits", Behaviour.FAIL_ONCE);
        int before = ServicesStub.hits("benefits");
        assertThat(downstream.stats(Service.BENEFITS, 1, from, to, authorization)).isInstanceOf(Reply.Answer.class);
        assertThat(ServicesStub.hits("benefits") - before).as("a 503, then the retry answered").isEqualTo(2);

        ServicesStub.make("mediation", Behaviour.FAIL);
        before = ServicesStub.hits("mediation");
        assertThat(downstream.stats(Service.MEDIATION, 1, from, to, authorization))
                .isEqualTo(new Reply.Missing(Reply.Reason.UNAVAILABLE, null, "answered 503"));
        assertThat(ServicesStub.hits("mediation") - before).as("one retry, no more").isEqualTo(2);

        before = ServicesStub.hits("assistance");
        assertThat(downstream.stats(Service.ASSISTANCE, 99, from, to, authorization)).isEqualTo(Reply.refused(403));
        assertThat(ServicesStub.hits("assistance") - before).as("a 4xx is not retried").isEqualTo(1);
    }

    @Test
    @Order(90)
    void aServiceThatFailsCostsItsFiguresOnlyAndTheReportSaysSo() {
        ServicesStub.make("mediation", Behaviour.FAIL);
        long started = System.nanoTime();
        Response answer = given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016);
        long millis = (System.nanoTime() - started) / 1_000_000;
        answer.then().statusCode(200);
        assertThat(millis).isLessThan(10_000);
        JsonPath json = answer.jsonPath();
        assertThat(json.getBoolean("partial")).isTrue();
        assertThat(json.getList("missing.service")).containsOnly("mediation");
        assertThat(json.getList("missing.reason")).containsOnly("unavailable");
        assertThat(json.getList("missing.part")).contains("figures", "byUnion", "trend");
        Map<String, BigDecimal> figures = figures(json);
        assertThat(figures.get("S0-17")).isNull();
        assertThat(figures.get("S0-22")).isNull();
        assertThat(figures.get("S1-44")).isEqualByComparingTo("1960");
        assertThat(figures.get("S3-02")).isEqualByComparingTo("845");
        assertThat(figures.get("S0-49")).isEqualByComparingTo("9699");

        String html = given().auth().oauth2(TOKENS.districtAdmin()).accept("text/html")
                .get("/api/v1/reports/district?unionId=1&" + H1_2016).then().statusCode(200).extract().asString();
        assertThat(html).contains("部分数据缺失").contains("data-missing-service=\"mediation\"")
                .contains("data-figure=\"S0-17\" data-value=\"\"");
    }

    @Test
    @Order(91)
    void aServiceThatHangsIsReportedAsATimeoutWithinBoundedTime() {
        ServicesStub.make("assistance", Behaviour.HANG);
        long started = System.nanoTime();
        Response answer = given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016);
        long millis = (System.nanoTime() - started) / 1_000_000;
        answer.then().statusCode(200);
        assertThat(millis).as("answered in %d ms", millis).isLessThan(10_000);
        JsonPath json = answer.jsonPath();
        assertThat(json.getBoolean("partial")).isTrue();
        assertThat(json.getList("missing.findAll { it.part == 'figures' }.service")).contains("assistance");
        assertThat(json.getString("missing.find { it.service == 'assistance' && it.part == 'figures' }.reason")).isEqualTo("timeout");
        Map<String, BigDecimal> figures = figures(json);
        assertThat(figures.get("S1-56")).isNull();
        assertThat(figures.get("S0-35")).isEqualByComparingTo("30000");
    }

    @Test
    @Order(92)
    void afterRepeatedFailuresTheCircuitOpensAndTheServiceIsNoLongerCalled() {
        ServicesStub.make("bargaining", Behaviour.FAIL);
        given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016).then().statusCode(200);
        int hitsWhenOpen = ServicesStub.hits("bargaining");

        long started = System.nanoTime();
        JsonPath json = given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016)
                .then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ServicesStub.hits("bargaining")).as("calls while the circuit is open").isEqualTo(hitsWhenOpen);
        assertThat(json.getString("missing.find { it.service == 'bargaining' && it.part == 'figures' }.detail")).contains("circuit open");
        assertThat(figures(json).get("S3-02")).isNull();
        assertThat(millis).isLessThan(5_000);

        // the circuit stays open even once the service is back: its figures stay missing, fast
        ServicesStub.make("bargaining", Behaviour.ANSWER);
        given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016)
                .then().statusCode(200).body("missing.service", org.hamcrest.Matchers.hasItem("bargaining"));
        assertThat(ServicesStub.hits("bargaining")).isEqualTo(hitsWhenOpen);
    }

    @Test
    @Order(93)
    void withoutMembershipsUnionsAnOfficersScopeCannotBeCheckedButADistrictAdminStillGetsTheFigures() {
        ServicesStub.make("unions", Behaviour.FAIL);
        given().auth().oauth2(TOKENS.officer(2)).get("/api/v1/reports/district?" + H1_2016)
                .then().statusCode(503).contentType("application/problem+json");

        JsonPath json = given().auth().oauth2(TOKENS.districtAdmin()).get("/api/v1/reports/district?unionId=1&" + H1_2016)
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getLong("union.id")).isEqualTo(1L);
        assertThat(json.getString("union.name")).isNull();
        assertThat(json.getList("byUnion")).isEmpty();
        assertThat(json.getList("missing.findAll { it.service == 'membership' }.part")).contains("union", "byUnion");
        assertThat(figures(json).get("S0-35")).isEqualByComparingTo("30000");
        assertThat(figures(json).get("S1-44")).isEqualByComparingTo("1960");
    }
}
