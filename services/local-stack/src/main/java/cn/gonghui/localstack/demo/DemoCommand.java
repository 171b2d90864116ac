package cn.gonghui.localstack.demo;

import cn.gonghui.localstack.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code local-stack.jar demo [--seed N] [--members N] [--membership URL] … [--benefits URL]}: loads the demo district
 * into a running stack and prints what it loaded, how long it took, and where to look.
 */
public final class DemoCommand {

    public static final int DEFAULT_MEMBERS = 100_000;

    private DemoCommand() {
    }

    public static int run(String[] args, Tokens tokens, PrintStream out) {
        long seed = 1;
        int members = Integer.parseInt(env("GONGHUI_DEMO_MEMBERS", String.valueOf(DEFAULT_MEMBERS)));
        String host = env("GONGHUI_DEMO_HOST", "http://localhost");
        String[] urls = {host + ":8081", host + ":8082", host + ":8083", host + ":8084", host + ":8085"};
        List<String> names = List.of("--membership", "--bargaining", "--mediation", "--assistance", "--benefits");
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--members" -> members = Integer.parseInt(value);
                default -> {
                    int at = names.indexOf(option);
                    if (at < 0) {
                        throw new IllegalArgumentException("unknown option " + option
                                + " (demo [--seed N] [--members N] [--membership URL] … [--benefits URL])");
                    }
                    urls[at] = value.replaceAll("/+$", "");
                }
            }
        }
        // a day back: the services check "not in the future" in their own zone, which may still be yesterday here
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        long started = System.nanoTime();
        DemoPlan plan = DemoPlan.generate(seed, members, today);
        out.printf("Demo district, seed %d: %d unions, %d enterprises, %d members to load%n", seed, plan.unions().size(),
                plan.enterprises().size(), plan.people().size());
        DemoLoader loader = new DemoLoader(plan, new DemoLoader.Urls(urls[0], urls[1], urls[2], urls[3], urls[4]), tokens, out);
        try {
            loader.load();
        } catch (Api.CallFailed e) {
            out.println("The demo load stopped: " + e.getMessage());
            out.println("Fix the cause and run the same command again: what was loaded is not loaded twice.");
            return 1;
        }
        out.printf("%nLoaded in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        long district = loader.districtId();
        String from = (today.getYear() - 4) + "-01-01";
        // up to the services' today: grants are paid, cards issued and mediated cases bound on that day
        LocalDate to = today.plusDays(1);
        Api api = new Api(java.time.Duration.ZERO);
        String admin = tokens.districtAdmin();
        out.printf("%nThe district's figures from %s to %s (GET /api/v1/stats/<service>?unionId=%d&from=%s&to=%s):%n",
                from, to, district, from, to);
        for (int i = 0; i < urls.length; i++) {
            String service = names.get(i).substring(2);
            try {
                JsonNode stats = api.get(urls[i] + "/api/v1/stats/" + service + "?unionId=" + district + "&from=" + from
                        + "&to=" + to, admin).body();
                out.printf("  %-11s %s%n", service, headline(service, stats));
            } catch (Api.CallFailed e) {
                out.printf("  %-11s not available: %s%n", service, e.getMessage());
            }
        }
        out.printf("%nThe district union is %d. A token to look around with:%n", district);
        out.println("  java -jar services/local-stack/target/local-stack.jar token district-admin");
        out.printf("The district report: GET http://localhost:8086/api/v1/reports/district.html?unionId=%d%n", district);
        return 0;
    }

    /** A few of each service's figures, to show at a glance that every programme has data. */
    static String headline(String service, JsonNode s) {
        Map<String, String> fields = switch (service) {
            case "membership" -> Map.of("totalMembers", "/totalMembers", "membersJoined", "/membersJoined",
                    "unionsFounded", "/unionsFounded", "enterprisesCovered", "/enterprisesCovered");
            case "bargaining" -> Map.of("contractsInForce", "/all/contractsInForce", "signed", "/flows/signed",
                    "coverageRate", "/coverage/rate", "archiveInspections", "/inspections/archiveInspections");
            case "mediation" -> Map.of("accepted", "/cases/accepted", "mediated", "/cases/mediated",
                    "successRate", "/cases/successRate", "legalAid", "/legalAid/accepted");
            case "assistance" -> Map.of("files", "/hardship/registered", "grants", "/total/personTimes",
                    "donations", "/donations/count", "visits", "/visits/visits");
            default -> Map.of("activities", "/activities/activities", "merchants", "/merchants/merchants",
                    "cardsIssued", "/cards/issued", "personTimes", "/activities/personTimes");
        };
        StringBuilder line = new StringBuilder();
        new java.util.TreeMap<>(fields).forEach((name, pointer) -> {
            JsonNode v = s.at(pointer);
            line.append(name).append('=').append(v.isMissingNode() ? "?" : v.asText()).append("  ");
        });
        return line.toString().trim();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
