package cn.gonghui.report;

import cn.gonghui.testkit.StubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the five services in the report's tests: each one's
 * {@code GET /api/v1/stats/<service>} with realistic JSON (the shapes of docs/openapi/<service>.yaml, with
 * rows that must not count beside the ones that must), and membership's {@code GET /api/v1/unions/{id}}
 * and {@code /subtree?childrenOnly=true}. It applies scope as the services do, from the token's claims:
 * a district admin sees every union, an officer the subtree of their union, any other role gets 403.
 *
 * <p>The district: 1 区总工会 with the street federations 2 牛街 and 3 广内; 4 is an enterprise union under
 * 2. Every count in a stats answer is its base times {@link #scale}, which depends on the union and the
 * year of {@code from}, so a test can tell which union and period a figure was read for.
 */
public final class ServicesStub {

    public enum Behaviour { ANSWER, FAIL, FAIL_ONCE, HANG }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<Long, String[]> UNIONS = Map.of(
            1L, new String[] {"/1/", "北京市某区总工会", null},
            2L, new String[] {"/1/2/", "牛街街道总工会", "1"},
            3L, new String[] {"/1/3/", "广内街道总工会", "1"},
            4L, new String[] {"/1/2/4/", "某公司工会", "2"});
    private static final Map<Long, Integer> WEIGHT = Map.of(1L, 10, 2L, 4, 3L, 6, 4L, 1);

    private static final Map<String, Behaviour> BEHAVIOUR = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static volatile CountDownLatch hang = new CountDownLatch(1);

    private HttpServer server;

    /** Every service answers again; hanging calls are let go; the recorded headers are forgotten. */
    public static void reset() {
        BEHAVIOUR.clear();
        hang.countDown();
        hang = new CountDownLatch(1);
        AUTHORIZATIONS.clear();
    }

    /**
     * From now on the stats of {@code service} answer so (FAIL: 503; FAIL_ONCE: 503 to the next call, then
     * answers; HANG: no answer until {@link #reset});
     * {@code "unions"} makes membership's union calls fail.
     */
    public static void make(String service, Behaviour behaviour) {
        BEHAVIOUR.put(service, behaviour);
    }

    /** How many stats calls reached {@code service} so far. */
    public static int hits(String service) {
        return HITS.computeIfAbsent(service, s -> new AtomicInteger()).get();
    }

    /** The Authorization headers of the calls that reached the stub since the last {@link #reset}. */
    public static List<String> authorizations() {
        return List.copyOf(AUTHORIZATIONS);
    }

    /** The multiplier of every count in the stats of this union for a period starting in this year. */
    public static int scale(long unionId, int year) {
        return WEIGHT.get(unionId) + (year - 2016);
    }

    public String start() {
        server = StubServer.start(Map.of("/api/v1/", this::handle));
        return StubServer.url(server);
    }

    public void stop() {
        hang.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            AUTHORIZATIONS.add(String.valueOf(auth));
            JsonNode claims = claims(auth);
            if (claims == null) {
                reply(exchange, 401, "{\"status\":401}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (path.startsWith("/api/v1/stats/")) {
                stats(exchange, path.substring("/api/v1/stats/".length()), query, claims);
            } else if (path.matches("/api/v1/unions/\\d+")) {
                union(exchange, Long.parseLong(path.substring("/api/v1/unions/".length())), claims);
            } else if (path.matches("/api/v1/unions/\\d+/subtree")) {
                children(exchange, Long.parseLong(path.split("/")[4]), claims);
            } else {
                reply(exchange, 404, "{\"status\":404}");
            }
        } catch (RuntimeException e) {
            reply(exchange, 500, "{\"status\":500}");
        }
    }

    private void stats(HttpExchange exchange, String service, Map<String, String> query, JsonNode claims) throws IOException {
        HITS.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
        Behaviour behaviour = BEHAVIOUR.getOrDefault(service, Behaviour.ANSWER);
        if (behaviour == Behaviour.FAIL || behaviour == Behaviour.FAIL_ONCE && BEHAVIOUR.replace(service, Behaviour.FAIL_ONCE, Behaviour.ANSWER)) {
            reply(exchange, 503, "{\"status\":503}");
            return;
        }
        if (behaviour == Behaviour.HANG) {
            try {
                hang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 503, "{\"status\":503}");
            return;
        }
        long unionId = Long.parseLong(query.get("unionId"));
        if (!UNIONS.containsKey(unionId) || !sees(claims, unionId)) {
            reply(exchange, 403, "{\"status\":403}");
            return;
        }
        LocalDate from = LocalDate.parse(query.get("from"));
        int m = scale(unionId, from.getYear());
        ObjectNode body = switch (service) {
            case "membership" -> membership(m);
            case "bargaining" -> bargaining(m);
            case "mediation" -> mediation(m);
            case "assistance" -> assistance(m);
            case "benefits" -> benefits(m);
            default -> null;
        };
        if (body == null) {
            reply(exchange, 404, "{\"status\":404}");
            return;
        }
        body.put("unionId", unionId).put("from", query.get("from")).put("to", query.get("to"));
        reply(exchange, 200, JSON.writeValueAsString(body));
    }

    private void union(HttpExchange exchange, long id, JsonNode claims) throws IOException {
        if (BEHAVIOUR.get("unions") == Behaviour.FAIL) {
            reply(exchange, 503, "{\"status\":503}");
        } else if (!isOfficerOrAdmin(claims)) {
            reply(exchange, 403, "{\"status\":403}");
        } else if (!UNIONS.containsKey(id) || !sees(claims, id)) {
            reply(exchange, 404, "{\"status\":404}");
        } else {
            reply(exchange, 200, JSON.writeValueAsString(view(id)));
        }
    }

    private void children(HttpExchange exchange, long id, JsonNode claims) throws IOException {
        if (BEHAVIOUR.get("unions") == Behaviour.FAIL) {
            reply(exchange, 503, "{\"status\":503}");
            return;
        }
        if (!isOfficerOrAdmin(claims)) {
            reply(exchange, 403, "{\"status\":403}");
            return;
        }
        if (!UNIONS.containsKey(id) || !sees(claims, id)) {
            reply(exchange, 404, "{\"status\":404}");
            return;
        }
        ArrayNode items = JSON.createArrayNode();
        UNIONS.keySet().stream().sorted()
                .filter(u -> String.valueOf(id).equals(UNIONS.get(u)[2]))
                .forEach(u -> items.add(view(u)));
        ObjectNode page = JSON.createObjectNode();
        page.set("items", items);
        page.putNull("nextCursor");
        reply(exchange, 200, JSON.writeValueAsString(page));
    }

    private static ObjectNode view(long id) {
        String[] u = UNIONS.get(id);
        ObjectNode v = JSON.createObjectNode().put("id", id).put("path", u[0]).put("name", u[1]).put("status", "ACTIVE")
                .put("kind", id == 1 ? "DISTRICT_FEDERATION" : id == 4 ? "ENTERPRISE_UNION" : "STREET_TOWN_FEDERATION")
                .put("foundedOn", "2001-01-01").put("version", 1);
        if (u[2] == null) {
            v.putNull("parentId");
        } else {
            v.put("parentId", Long.parseLong(u[2]));
        }
        return v;
    }

    private static boolean isOfficerOrAdmin(JsonNode claims) {
        String groups = claims.path("groups").toString();
        return groups.contains("\"officer\"") || groups.contains("\"district-admin\"");
    }

    private static boolean sees(JsonNode claims, long unionId) {
        String groups = claims.path("groups").toString();
        if (groups.contains("\"district-admin\"")) {
            return true;
        }
        if (!groups.contains("\"officer\"") || !claims.hasNonNull("unionId")) {
            return false;
        }
        String[] own = UNIONS.get(claims.path("unionId").asLong());
        return own != null && UNIONS.get(unionId)[0].startsWith(own[0]);
    }

    /** The token's claims, unverified: the report verified it, and the stub only needs its roles and union. */
    private static JsonNode claims(String auth) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = auth.substring(7).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    // ---- stats bodies, shaped as the services' OpenAPI schemas ----

    private static ObjectNode membership(int m) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"unionsFounded": %d, "unionsFoundedByKind": {"ENTERPRISE_UNION": %d, "JOINT_UNION_GROUP": %d},
                 "unionsByKind": {"DISTRICT_FEDERATION": 1, "STREET_TOWN_FEDERATION": 4, "INDUSTRIAL_PARK_FEDERATION": 2, "ENTERPRISE_UNION": %d},
                 "enterprises": %d, "enterprisesCovered": %d, "enterprisesCoveredOnTo": %d, "enterprisesCoveredByUnionsFounded": %d,
                 "enterprisesAtLeast": {"headcount": 50, "enterprises": %d, "covered": %d, "withWorkersHome": %d, "homeRate": 1.0},
                 "enterprisesByBand": [], "unionsWithWorkersHome": %d,
                 "membersJoined": %d, "membersLeft": %d, "membersTransferredIn": 3, "membersTransferredOut": 2, "totalMembers": %d, "retiredMembers": 12,
                 "honoursByKind": {"WORKER_PIONEER": 3, "MAY_DAY_MEDAL": 10, "MAY_DAY_AWARD": 3},
                 "honours": [
                   {"kind": "WORKER_PIONEER", "level": "NATIONAL", "programme": null, "nominated": 2, "pending": 0, "conferred": 1, "notConferred": 1, "revoked": 0, "rewardFen": 0},
                   {"kind": "WORKER_PIONEER", "level": "PROVINCIAL", "programme": null, "nominated": 2, "pending": 0, "conferred": 2, "notConferred": 0, "revoked": 0, "rewardFen": 0},
                   {"kind": "MAY_DAY_MEDAL", "level": "MUNICIPAL", "programme": null, "nominated": 5, "pending": 1, "conferred": 4, "notConferred": 0, "revoked": 0, "rewardFen": 400000},
                   {"kind": "MAY_DAY_AWARD", "level": "MUNICIPAL", "programme": null, "nominated": 3, "pending": 0, "conferred": 3, "notConferred": 0, "revoked": 0, "rewardFen": 0},
                   {"kind": "MAY_DAY_MEDAL", "level": "PROVINCIAL", "programme": null, "nominated": 6, "pending": 0, "conferred": 6, "notConferred": 0, "revoked": 1, "rewardFen": 0}],
                 "servicePoints": [
                   {"kind": "WORKERS_LIBRARY", "stock": 9, "opened": 1, "closed": 0, "combinedWithUnion": 0, "mobile": 0,
                    "stockByRecognitionLevel": {"NATIONAL": 1, "PROVINCIAL": 2}, "funded": 0, "fundedFen": 0, "fundedByPurpose": {}, "fundedFenByPurpose": {},
                    "accepted": 0, "standardised": 0, "inspected": 0, "rated": 0, "streetsWithStock": 3},
                   {"kind": "WARM_STATION", "stock": 109, "opened": 12, "closed": 1, "combinedWithUnion": 0, "mobile": 0,
                    "stockByRecognitionLevel": {}, "funded": 40, "fundedFen": 2000000, "fundedByPurpose": {}, "fundedFenByPurpose": {},
                    "accepted": 0, "standardised": 0, "inspected": 3, "rated": 0, "streetsWithStock": 4}],
                 "areas": [{"kind": "PARK", "areas": 2, "covered": 2, "coverageRate": 1.0}],
                 "cadres": {"inOffice": 200, "fullTime": 40, "partTime": 160, "inOfficeByRole": {}, "started": 5, "startedByRole": {}},
                 "unionChanges": {"renamed": 3, "legalPersonChanged": 8, "changed": 11},
                 "trainings": {"sessions": 4, "personTimes": 230, "cadresTrained": 200, "sessionsByMode": {}, "personTimesByMode": {}}}
                """.formatted(8 * m, 6 * m, 2 * m, 40 * m, 500 * m, 300 * m, 300 * m, 50 * m, 20 * m, 18 * m, 18 * m, 15 * m,
                196 * m, 20 * m, 3000 * m));
    }

    private static ObjectNode bargaining(int m) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"all": {"kind": null, "contractsInForce": %d, "single": 300, "regional": 20, "industry": 5, "enterprises": %d, "workers": %d, "enterprisesOver100": 30, "renewalsDue": 12},
                 "byKind": [
                   {"kind": "WAGE", "contractsInForce": %d, "single": 90, "regional": 10, "industry": 2, "enterprises": %d, "workers": %d, "enterprisesOver100": 6, "renewalsDue": 4},
                   {"kind": "COLLECTIVE", "contractsInForce": 400, "single": 210, "regional": 10, "industry": 3, "enterprises": 700, "workers": 99999, "enterprisesOver100": 24, "renewalsDue": 8}],
                 "flows": {"offersSent": 10, "offersAnsweredLate": 1, "offersOverdue": 0, "signed": 40, "signedByKind": {"WAGE": 20}, "signedByScope": {},
                           "renewalsSigned": 235, "filed": 38, "filedLate": 2, "effective": 36, "deemedEffective": 2, "expired": 5},
                 "coverage": {"coveredEnterprises": 900, "enterprisesUnderContract": 845, "rate": 0.9389, "enterprisesOver100": 6, "enterprisesOver100UnderContract": 6, "over100Rate": 1.0},
                 "inspections": {"archiveInspections": 40, "enterprisesInspected": 40, "archivesPassed": 38, "secondLevelUnionsInspected": 21,
                                 "tripartiteInspections": 3, "unionsJointlyInspected": 12, "secondLevelUnionsJointlyInspected": 12},
                 "instructorsInOffice": {"PROVINCIAL": 7, "DISTRICT": 11},
                 "modelEnterprises": {"year": 2016, "models": 80, "modelsOver100": 71, "enterprisesOver100": 88, "over100Rate": 0.81},
                 "democraticManagement": [{"ownership": "ALL", "enterprises": 100, "openAffairs": 90, "openAffairsRate": 0.9, "congress": 80, "congressRate": 0.8, "recordsComplete": 98, "completeRate": 0.98, "sessionsHeld": 50}],
                 "relations": {"csrJoined": 76, "csrGradeA": 5, "csrGradeAReviewed": 3, "harmonySitesDesignated": {"DISTRICT": 18}, "harmonySites": 18,
                               "harmonySamplesCompleted": 20, "trainings": 2, "chairsTrained": 60, "othersTrained": 10}}
                """.formatted(100 * m, 90 * m, 2000 * m, 50 * m, 84 * m + 5, 1150 * m));
    }

    private static ObjectNode mediation(int m) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"cases": {"accepted": %d, "acceptedWorkers": 400, "acceptedByChannel": {"WALK_IN": 100}, "claimsByCategory": {"WAGES": 150},
                           "groupDisputes": 2, "groupWorkers": 60, "assistedIncidents": 1, "assistedWorkers": 3000, "mediated": %d, "mediatedWorkers": 200,
                           "referred": 30, "withdrawn": 10, "successRate": 0.6063, "openAtEnd": 20, "overdueAtEnd": 1},
                 "money": {"claimedFenAccepted": 250000000, "claimedFenMediated": 173055000, "agreedFenMediated": %d, "paidFenMediated": 30000000, "paidFenInPeriod": 31000000},
                 "byCentre": [{"centreId": 1, "name": "仲裁院工会调解室", "kind": "ARBITRATION_COURT_DESK", "unionId": 1, "accepted": 200, "mediated": 184, "agreedFen": 1000000}],
                 "files": [{"type": "FORMAL", "unionId": 2, "unionName": "亦庄镇总工会", "files": 20, "workers": 50, "claimedFen": 100, "agreedFen": 90, "paidFen": 80}],
                 "legalAid": {"accepted": 102, "amountAtStakeFen": 171107000, "workers": 130, "closed": 90, "amountWonFen": 59100000},
                 "supervision": {"supervisorsInOffice": 64, "coordinatorsInOffice": 10, "coordinatorCommunities": 8, "inspections": 12, "jointInspections": 3,
                                 "enterprisesInspected": 11, "hazardsReported": 4, "hazardsFixed": 3, "hazardsOpenAtEnd": 1},
                 "consultations": {"personTimes": 800, "records": 700, "byChannel": {}, "byTopic": {}}}
                """.formatted(22 * m + 1, 13 * m + 4, 3984300 * m));
    }

    private static ObjectNode assistance(int m) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"hardship": {"households": 78, "registered": 10, "exited": 4, "visitedHouseholds": 70, "reviewsDue": 3,
                              "byCause": [{"cause": "SINGLE_PARENT", "households": 12, "women": 12, "visitedHouseholds": 12, "visitedWomen": 12}]},
                 "applications": [{"campaignId": 5, "name": "职业发展助推", "kind": "CAREER_BOOST", "filed": 120, "people": 114, "pending": 3, "rejected": 2}],
                 "byCampaign": [{"campaignId": 7, "name": "两节送温暖", "kind": "WINTER_WARMTH", "help": "CASH", "people": 7000, "personTimes": 7100, "households": 100,
                                 "women": 3000, "migrants": 500, "migrantHouseholds": 40, "cashFen": 90000000, "inKindFen": 100000}],
                 "byKind": [
                   {"campaignId": null, "name": null, "kind": "WINTER_WARMTH", "help": null, "people": %d, "personTimes": 7700, "households": 111,
                    "women": 3100, "migrants": 520, "migrantHouseholds": 41, "cashFen": %d, "inKindFen": 200000},
                   {"campaignId": null, "name": null, "kind": "SUMMER_RELIEF", "help": null, "people": 75, "personTimes": 75, "households": 75,
                    "women": 30, "migrants": 10, "migrantHouseholds": 5, "cashFen": 57700, "inKindFen": 0}],
                 "total": {"campaignId": null, "name": null, "kind": null, "help": null, "people": 7737, "personTimes": 7775, "households": 186,
                           "women": 3130, "migrants": 530, "migrantHouseholds": 46, "cashFen": 100057700, "inKindFen": 200000},
                 "peopleByCategory": {"MODEL_WORKER": 300},
                 "funds": [{"fundId": 1, "name": "温暖基金", "kind": "GENERAL", "donationsFen": 1500000, "incomeFen": 390000, "transfersInFen": 0, "transfersOutFen": 0,
                            "grantsPaidFen": 1000000, "allocatedFen": 0, "payableFen": 0, "balanceFen": 890000}],
                 "donations": {"count": 300, "amountFen": 115498000, "amountFenByDrive": {"春风行动": 115493000, "其他": 5000},
                               "topDonors": [{"donorName": "某公司", "donorKind": "ENTERPRISE", "donations": 3, "amountFen": 1000000}], "unitsCommended": 10, "personsCommended": 0},
                 "visits": {"visits": 200, "peopleReached": 300, "visitsByTarget": {"HOUSEHOLD": 187}, "householdsVisited": 187, "enterprisesVisited": 112, "modelWorkerVisits": 22},
                 "allocations": {"count": 4, "amountFen": 2480000, "unions": 3, "enterprises": 1, "amountFenByRecipientKind": {}}}
                """.formatted(766 * m + 2, 10000000 * m));
    }

    private static ObjectNode benefits(int m) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"cards": {"issued": %d, "active": %d, "suspended": 20, "retiredActive": 100},
                 "merchants": {"merchants": 18, "joined": 3, "left": 1, "redemptions": 5000, "membersRedeeming": 1200},
                 "activities": {"name": null, "activities": 100, "membersOnly": 80, "sessions": 120, "signups": 6000, "people": 5000, "personTimes": 60000, "walkIns": 300, "women": 2500, "young": 1000, "costFen": 500000},
                 "membersOnly": {"name": null, "activities": 80, "membersOnly": 80, "sessions": 90, "signups": 5000, "people": 4000, "personTimes": %d, "walkIns": 0, "women": 2000, "young": 800, "costFen": 400000},
                 "byCategory": [], "byAudience": [], "bySeries": [],
                 "employment": {"fairs": 2, "employers": 40, "positions": 300, "visitors": 1000, "intentions": 120, "postings": 10, "postedPositions": 50},
                 "childcare": {"federationsReporting": 2, "classesRequested": 3, "childrenRequested": 60, "classes": 1, "camps": 0, "children": 30, "migrantChildren": 5},
                 "purchasedServices": {"projects": 2, "budgetFen": 1000000, "deliveries": 10, "personTimes": 300},
                 "giveaways": {"giveaways": 8, "entries": 5000, "members": 2500, "winners": 2100},
                 "skills": {"qualificationsByKind": {"CERTIFICATE": 121}, "membersQualified": 121, "proposals": 1700, "projects": 40, "excellentProjects": 36, "valueFen": 300000000, "placings": 2, "podiums": 2},
                 "insurance": [
                   {"planId": 1, "name": "职工住院医疗互助", "kind": "INPATIENT_MEDICAL", "units": 8, "members": 89, "claimsPaid": 9000, "paidFen": 900000},
                   {"planId": 2, "name": "火灾互助", "kind": "FIRE", "units": 2, "members": 40, "claimsPaid": %d, "paidFen": 105000}],
                 "community": {"clubs": 10, "associationMembersByBody": {}, "selectionsAndAwards": 2, "unitsEntered": 35, "largeEnterpriseHeadcount": 300,
                               "largeEnterprises": 10, "largeEnterprisesEntered": 10, "onlineCourses": 4, "onlineLearners": 200}}
                """.formatted(3300 * m, 3000 * m, 5500 * m, 69 * m + 9));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        StubServer.reply(exchange, status, status < 400 ? "application/json" : "application/problem+json", json);
    }
}
