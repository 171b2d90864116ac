package cn.gonghui.localstack.demo;

import static cn.gonghui.localstack.demo.Api.obj;

import cn.gonghui.localstack.Tokens;
import cn.gonghui.localstack.demo.Api.Answer;
import cn.gonghui.localstack.demo.DemoPlan.EnterpriseSpec;
import cn.gonghui.localstack.demo.DemoPlan.PersonSpec;
import cn.gonghui.localstack.demo.DemoPlan.UnionSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Loads a {@link DemoPlan} into a running stack through the services' public APIs, then adds each programme's
 * records (contracts, cases, hardship files, grants, activities, insurance ...) for the people it enrolled, and
 * last the smaller programmes ({@link DemoProgrammes}).
 * Every create carries an Idempotency-Key derived from the seed, so a rerun after a failure does not load twice.
 */
public final class DemoLoader {

    /** Base URLs of the five services, e.g. {@code http://localhost:8081}. */
    public record Urls(String membership, String bargaining, String mediation, String assistance, String benefits) {
    }

    /** A member the loader enrolled and found again by id, with the plan's record of them. */
    record Member(long id, long unionId, PersonSpec person) {
    }

    final DemoPlan plan;
    final Urls urls;
    final Tokens tokens;
    private final PrintStream out;
    final Api api = new Api(Duration.ofMinutes(5));
    final String admin;
    final String fundManager;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    final long[] unionIds;
    final long[] enterpriseIds;
    final List<Member> members = new ArrayList<>();
    /** In the members' order (first appearance), so that walking the unions does not depend on their ids. */
    final Map<Long, List<Member>> membersByUnion = new java.util.LinkedHashMap<>();
    /** The hardship files assistance opened, for later campaigns. */
    long[] hardshipFiles = new long[0];
    /** Contracts signed and filed, for their renewals: {contract id, plan union index, signedOn epoch day}. */
    final List<long[]> signedContracts = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Counted from the loader's threads, so a concurrent sorted map. */
    final Map<String, AtomicInteger> counts = new java.util.concurrent.ConcurrentSkipListMap<>();
    private long phaseStarted;

    public DemoLoader(DemoPlan plan, Urls urls, Tokens tokens, PrintStream out) {
        this.plan = plan;
        this.urls = urls;
        this.tokens = tokens;
        this.out = out;
        this.admin = tokens.mint("demo-loader", List.of("district-admin"), Map.of());
        this.fundManager = tokens.mint("demo-fund-manager", List.of("fund-manager"), Map.of());
        this.unionIds = new long[plan.unions().size()];
        this.enterpriseIds = new long[plan.enterprises().size()];
    }

    public long districtId() {
        return unionIds[0];
    }

    public Map<String, AtomicInteger> counts() {
        return counts;
    }

    public void load() {
        try {
            unions();
            enterprises();
            memberImports();
            membershipRecords();
            bargaining();
            mediation();
            assistance();
            benefits();
            new DemoProgrammes(this).load();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- membership

    private void unions() {
        start();
        // parents before children: the tree is founded level by level, each level in parallel
        for (int depth = 0; depth < 4; depth++) {
            List<UnionSpec> level = new ArrayList<>();
            for (UnionSpec u : plan.unions()) {
                if (depth(u) == depth) {
                    level.add(u);
                }
            }
            parallel(level.size(), i -> {
                UnionSpec u = level.get(i);
                Answer a = api.post(urls.membership() + "/api/v1/unions", admin, obj("name", u.name(), "kind", u.kind(),
                        "parentId", u.parent() < 0 ? null : unionIds[u.parent()], "foundedOn", u.foundedOn()),
                        key("union", u.index()), false);
                unionIds[u.index()] = a.id();
                count("membership.unions");
            });
        }
        done("unions", "membership.unions");
    }

    private int depth(UnionSpec u) {
        int d = 0;
        while (u.parent() >= 0) {
            u = plan.unions().get(u.parent());
            d++;
        }
        return d;
    }

    private void enterprises() {
        start();
        parallel(plan.enterprises().size(), i -> {
            EnterpriseSpec e = plan.enterprises().get(i);
            Answer a = api.post(urls.membership() + "/api/v1/enterprises", admin, obj("creditCode", e.creditCode(),
                    "name", e.name(), "address", e.address(), "districtCode", Names.DISTRICT_CODE, "headcount", e.headcount(),
                    "ownership", e.ownership(), "unionId", unionIds[e.union()], "registeredOn", e.registeredOn(),
                    "foundedOn", e.foundedOn()), key("enterprise", i), false);
            enterpriseIds[i] = a.id();
            count("membership.enterprises");
        });
        done("enterprises", "membership.enterprises");
    }

    /** The bulk of the members, one spreadsheet (CSV) per grassroots union; two at a time, the server's limit. */
    private void memberImports() {
        start();
        Map<Integer, StringBuilder> files = new TreeMap<>();
        for (PersonSpec p : plan.people()) {
            StringBuilder csv = files.computeIfAbsent(p.union(),
                    u -> new StringBuilder("姓名,身份证号,手机号,统一社会信用代码,入会日期\n"));
            csv.append(p.name()).append(',').append(p.idNumber()).append(',').append(p.phone() == null ? "" : p.phone())
                    .append(',').append(p.enterprise() < 0 ? "" : plan.enterprises().get(p.enterprise()).creditCode())
                    .append(',').append(p.joinedOn()).append('\n');
        }
        List<Integer> unions = new ArrayList<>(files.keySet());
        AtomicInteger done = new AtomicInteger();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int union : unions) {
                futures.add(two.submit(() -> {
                    importFile(union, files.get(union).toString());
                    int n = done.incrementAndGet();
                    if (n % 100 == 0) {
                        out.printf("  … %d of %d unions' files imported, %d members (%.0f s)%n", n, unions.size(),
                                counts.get("membership.members").get(), seconds());
                    }
                }));
            }
            await(futures);
        } finally {
            two.shutdownNow();
        }
        done("member imports (" + unions.size() + " files)", "membership.members");
    }

    private void importFile(int union, String csv) {
        // a rerun: the union has its members already, and importing again would enrol the leavers anew
        JsonNode page = api.get(urls.membership() + "/api/v1/members?unionId=" + unionIds[union] + "&limit=200", admin).body();
        for (JsonNode m : page.path("items")) {
            if (m.path("unionId").asLong() == unionIds[union]) {
                counts.computeIfAbsent("membership.members", k -> new AtomicInteger()).addAndGet((int) csv.lines().count() - 1);
                return;
            }
        }
        Answer a = api.upload(urls.membership() + "/api/v1/unions/" + unionIds[union] + "/member-imports?fileName=demo-"
                + plan.seed() + "-" + union + ".csv", admin, csv);
        JsonNode report = a.body();
        while ("RUNNING".equals(report.path("status").asText())) {
            Api.pause(500);
            report = api.get(urls.membership() + "/api/v1/member-imports/" + report.path("id").asLong(), admin).body();
        }
        if (!"DONE".equals(report.path("status").asText()) || report.path("rejected").asInt() > 0) {
            throw new Api.CallFailed("import of union " + unionIds[union], a.status(), report.toString());
        }
        counts.computeIfAbsent("membership.members", k -> new AtomicInteger())
                .addAndGet(report.path("imported").asInt() + report.path("alreadyMembers").asInt());
    }

    /** Leavers, retirees, transfers, honours (劳模 among them) and service points, for a sample of the unions. */
    private void membershipRecords() {
        start();
        findMembers();
        Random r = random(1);
        List<Member> leavers = sample(r, members, Math.max(10, members.size() / 50));
        List<Member> stay = new ArrayList<>(members);
        stay.removeAll(leavers);
        parallel(leavers.size(), i -> {
            Member m = leavers.get(i);
            api.post(urls.membership() + "/api/v1/members/" + m.id() + "/leave", admin, obj("leftOn",
                    DemoPlan.dayBetween(random(100 + i), m.person().joinedOn().plusDays(1), plan.today().minusDays(1)),
                    "reason", "离职"), key("leave", i), false);
            count("membership.left");
        });
        members.removeAll(leavers);
        membersByUnion.values().forEach(l -> l.removeAll(leavers));
        List<Member> retirees = sample(r, members, Math.max(5, members.size() / 100));
        parallel(retirees.size(), i -> {
            Member m = retirees.get(i);
            api.post(urls.membership() + "/api/v1/members/" + m.id() + "/retire", admin, obj("retiredOn",
                    DemoPlan.dayBetween(random(200 + i), m.person().joinedOn().plusDays(1), plan.today().minusDays(1))),
                    key("retire", i), false);
            count("membership.retired");
        });
        List<Long> sampleUnions = new ArrayList<>(membersByUnion.keySet());
        List<Member> movers = sample(r, members, Math.max(4, members.size() / 200));
        for (int i = 0; i < movers.size(); i++) {
            Member m = movers.get(i);
            long to = sampleUnions.get((sampleUnions.indexOf(m.unionId()) + 1) % sampleUnions.size());
            if (to == m.unionId()) {
                continue;
            }
            Answer t = api.post(urls.membership() + "/api/v1/transfers", admin, obj("memberId", m.id(), "toUnionId", to,
                    "reason", "工作调动"), key("transfer", i), false);
            if ("RELEASED".equals(t.body().path("status").asText())) {
                api.post(urls.membership() + "/api/v1/transfers/" + t.id() + "/accept", tokens.officer(to), obj(),
                        key("accept", i), false);
            }
            count("membership.transfers");
        }
        members.removeAll(movers);
        membersByUnion.values().forEach(l -> l.removeAll(movers));

        // honours: 劳模 and medals for members, 工人先锋号 for teams, 五一劳动奖状 for enterprises
        List<Member> honoured = sample(r, members, Math.max(20, members.size() / 150));
        String[][] personal = {{"MODEL_WORKER", "PROVINCIAL", "北京市劳动模范", "北京市人民政府"},
            {"MODEL_WORKER", "DISTRICT", "大兴区劳动模范", "大兴区人民政府"}, {"MAY_DAY_MEDAL", "PROVINCIAL", "首都劳动奖章", "北京市总工会"},
            {"CRAFTSMAN", "DISTRICT", "大兴工匠", "大兴区总工会"}, {"ADVANCED_WORKER", "DISTRICT", "大兴区先进工作者", "大兴区人民政府"}};
        parallel(honoured.size(), i -> {
            Member m = honoured.get(i);
            String[] h = personal[i % personal.length];
            int year = Math.max(m.person().joinedOn().getYear(), plan.today().getYear() - 4) + random(300 + i).nextInt(2);
            year = Math.min(year, plan.today().getYear());
            LocalDate awarded = DemoPlan.dayBetween(random(400 + i), LocalDate.of(year, 1, 1),
                    year == plan.today().getYear() ? plan.today().minusDays(1) : LocalDate.of(year, 12, 31));
            api.post(urls.membership() + "/api/v1/honours", admin, obj("kind", h[0], "level", h[1], "year", year,
                    "recipientType", "MEMBER", "memberId", m.id(), "unionId", m.unionId(), "title", h[2],
                    "awardedOn", awarded, "rewardFen", 500_000, "conferredBy", h[3]), key("honour", i), false);
            count("membership.honours");
        });
        List<EnterpriseSpec> large = plan.enterprises().stream()
                .filter(e -> e.headcount() >= 100 && plan.unions().get(e.union()).grassroots()).toList();
        List<EnterpriseSpec> awarded = sample(r, large, Math.min(large.size(), 40));
        parallel(awarded.size(), i -> {
            EnterpriseSpec e = awarded.get(i);
            int year = plan.today().getYear() - i % 4;
            boolean team = i % 2 == 0;
            api.post(urls.membership() + "/api/v1/honours", admin, obj("kind", team ? "WORKER_PIONEER" : "MAY_DAY_AWARD",
                    "level", i % 3 == 0 ? "PROVINCIAL" : "DISTRICT", "year", year, "recipientType", team ? "TEAM" : "ENTERPRISE",
                    "teamName", team ? "生产一班" : null, "enterpriseId", enterpriseIds[e.index()],
                    "unionId", unionIds[e.union()], "title", team ? "工人先锋号" : "五一劳动奖状",
                    "awardedOn", LocalDate.of(year, 4, 28).isBefore(plan.today()) ? LocalDate.of(year, 4, 28) : plan.today().minusDays(1)),
                    key("team-honour", i), false);
            count("membership.honours");
        });
        // the district's own commendations, by the programme names the report looks for
        List<Member> commended = sample(random(12), members, Math.max(10, members.size() / 1000));
        List<EnterpriseSpec> harmonious = sample(random(13), large, Math.min(large.size(), 3));
        List<EnterpriseSpec> caring = sample(random(14), large, Math.min(large.size(), 6));
        int thisYear = plan.today().getYear();
        LocalDate commendedOn = LocalDate.of(thisYear, 4, 28).isBefore(plan.today()) ? LocalDate.of(thisYear, 4, 28) : plan.today().minusDays(1);
        parallel(commended.size() + harmonious.size() + caring.size(), i -> {
            Map<String, Object> body;
            if (i < commended.size()) {
                Member m = commended.get(i);
                body = obj("level", "STREET", "recipientType", "MEMBER", "memberId", m.id(), "unionId", m.unionId(),
                        "programme", "双爱双评", "title", "双爱双评优秀职工", "conferredBy", "镇(街道)总工会");
            } else {
                boolean harmony = i < commended.size() + harmonious.size();
                EnterpriseSpec e = harmony ? harmonious.get(i - commended.size())
                        : caring.get(i - commended.size() - harmonious.size());
                String programme = harmony ? "优秀和谐劳动关系单位" : "双爱单位";
                body = obj("level", "DISTRICT", "recipientType", "ENTERPRISE", "enterpriseId", enterpriseIds[e.index()],
                        "unionId", unionIds[e.union()], "programme", programme, "title", programme, "conferredBy", "大兴区总工会");
            }
            body.put("kind", "COMMENDATION");
            body.put("year", thisYear);
            body.put("awardedOn", commendedOn.toString());
            api.post(urls.membership() + "/api/v1/honours", admin, body, key("commendation", i), false);
            count("membership.honours");
        });

        // service points: each street's 职工之家 and 暖心驿站, and homes, libraries and 母婴室 of grassroots unions
        List<Object[]> points = new ArrayList<>();
        for (UnionSpec u : plan.unions()) {
            if (u.kind().endsWith("_FEDERATION") && u.parent() == 0) {
                points.add(new Object[] {u, "WORKERS_HOME", u.name().replace("总工会", "").replace("工会联合会", "") + "职工之家"});
                points.add(new Object[] {u, "WARM_STATION", u.name().replace("总工会", "").replace("工会联合会", "") + "暖心驿站"});
            } else if (u.grassroots() && r.nextInt(4) == 0) {
                String kind = List.of("WORKERS_HOME", "WORKERS_HOME", "WORKERS_LIBRARY", "MOTHER_BABY_ROOM").get(r.nextInt(4));
                points.add(new Object[] {u, kind, u.name().replace("工会委员会", "") + switch (kind) {
                    case "WORKERS_HOME" -> "职工之家";
                    case "WORKERS_LIBRARY" -> "职工书屋";
                    default -> "母婴关爱室";
                }});
            }
        }
        parallel(points.size(), i -> {
            UnionSpec u = (UnionSpec) points.get(i)[0];
            String kind = (String) points.get(i)[1];
            Random pr = random(500 + i);
            LocalDate opened = DemoPlan.dayBetween(pr, u.foundedOn().plusDays(1), plan.today().minusDays(1));
            Answer p = api.post(urls.membership() + "/api/v1/service-points", admin, obj("kind", kind, "name",
                    points.get(i)[2], "unionId", unionIds[u.index()], "address", Names.address(pr, "黄村镇"),
                    "amenities", List.of("饮水", "微波炉", "充电", "休息座椅"), "stars", kind.equals("WORKERS_HOME") ? 3 + pr.nextInt(3) : null,
                    "latitude", 39.65 + pr.nextDouble() * 0.15, "longitude", 116.25 + pr.nextDouble() * 0.25,
                    "openedOn", opened, "combinedWithUnion", pr.nextBoolean(),
                    "recognitionLevel", kind.equals("WORKERS_LIBRARY") ? "DISTRICT" : null), key("point", i), false);
            api.post(urls.membership() + "/api/v1/service-points/" + p.id() + "/fundings", admin, obj("amountFen",
                    (20 + pr.nextInt(80)) * 100_000L, "source", "区总工会", "purpose", "CONSTRUCTION", "paidOn", opened),
                    key("point-funding", i), false);
            count("membership.servicePoints");
        });
        done("membership records: leavers, retirees, transfers, honours, service points", "membership.left",
                "membership.retired", "membership.transfers", "membership.honours", "membership.servicePoints");
    }

    /**
     * Reads back the members of a sample of grassroots unions, to give the programmes real member ids. Every status
     * is read and each member keeps the union the plan enrolled them in, so a rerun, or a load into another fresh
     * stack, draws the same people.
     */
    private void findMembers() {
        List<Integer> withPeople = plan.people().stream().map(PersonSpec::union).distinct().toList();
        int step = Math.max(1, withPeople.size() / 60);
        Map<String, PersonSpec> byKey = new HashMap<>();
        for (PersonSpec p : plan.people()) {
            byKey.put(p.name() + "|" + p.idNumber().substring(14), p);
        }
        java.util.Set<Long> ours = new java.util.HashSet<>();
        for (long id : unionIds) {
            ours.add(id);
        }
        Map<Long, Member> found = new TreeMap<>();
        for (int i = 0; i < withPeople.size(); i += step) {
            int union = withPeople.get(i);
            String cursor = null;
            do {
                JsonNode page = api.get(urls.membership() + "/api/v1/members?unionId=" + unionIds[union]
                        + "&limit=200" + (cursor == null ? "" : "&cursor=" + cursor), admin).body();
                for (JsonNode m : page.path("items")) {
                    String id = m.path("idNumber").asText();
                    PersonSpec p = byKey.get(m.path("name").asText() + "|" + id.substring(id.length() - 4));
                    if (p != null && ours.contains(m.path("unionId").asLong()) && withPeople.indexOf(p.union()) % step == 0) {
                        found.put(m.path("id").asLong(), new Member(m.path("id").asLong(), unionIds[p.union()], p));
                    }
                }
                cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText(null);
            } while (cursor != null);
        }
        // by ID number, not by id: ids depend on the order the parallel imports ran in, and the samples must not
        List<Member> ordered = new ArrayList<>(found.values());
        ordered.sort(java.util.Comparator.comparing((Member m) -> m.person().idNumber()));
        for (Member member : ordered) {
            members.add(member);
            membersByUnion.computeIfAbsent(member.unionId(), k -> new ArrayList<>()).add(member);
        }
        out.printf("  %d members of %d unions read back for the programmes%n", members.size(), membersByUnion.size());
    }

    // ---------------------------------------------------------------- bargaining

    private void bargaining() {
        start();
        String b = urls.bargaining() + "/api/v1";
        Random r = random(2);
        List<Object[]> contracts = new ArrayList<>();
        for (UnionSpec u : plan.unions()) {
            List<EnterpriseSpec> own = plan.enterprises().stream().filter(e -> e.union() == u.index()).toList();
            if (own.isEmpty()) {
                continue;
            }
            if (u.kind().equals("ENTERPRISE_UNION") && r.nextInt(10) < 6) {
                contracts.add(new Object[] {u, own, List.of("COMPREHENSIVE", "COMPREHENSIVE", "WAGE", "WOMEN_WORKERS").get(r.nextInt(4)), "SINGLE"});
            } else if ((u.kind().equals("COMMUNITY_JOINT_UNION") || u.kind().equals("INDUSTRY_JOINT_UNION")) && r.nextInt(10) < 7) {
                contracts.add(new Object[] {u, own, r.nextBoolean() ? "COMPREHENSIVE" : "WAGE",
                    u.kind().equals("INDUSTRY_JOINT_UNION") ? "INDUSTRY" : "REGIONAL"});
            }
        }
        parallel(contracts.size(), i -> {
            UnionSpec u = (UnionSpec) contracts.get(i)[0];
            @SuppressWarnings("unchecked")
            List<EnterpriseSpec> own = (List<EnterpriseSpec>) contracts.get(i)[1];
            String kind = (String) contracts.get(i)[2];
            Random cr = random(1000 + i);
            LocalDate from = u.foundedOn().isAfter(plan.today().minusYears(4)) ? u.foundedOn() : plan.today().minusYears(4);
            LocalDate offered = DemoPlan.dayBetween(cr, from.plusDays(1), plan.today().minusDays(70));
            if (offered.isAfter(plan.today().minusDays(70))) {
                return; // founded too lately to have bargained yet
            }
            List<Map<String, Object>> covered = own.stream().map(e -> obj("enterpriseId", enterpriseIds[e.index()],
                    "workers", Math.max(1, e.headcount() * 9 / 10))).toList();
            String title = offered.getYear() + "年" + switch (kind) {
                case "WAGE" -> "工资专项集体合同";
                case "WOMEN_WORKERS" -> "女职工权益保护专项集体合同";
                default -> "集体合同";
            };
            Answer c = api.post(b + "/contracts", admin, obj("unionId", unionIds[u.index()], "kind", kind,
                    "scope", contracts.get(i)[3], "title", title, "initiator", "UNION", "enterprises", covered,
                    "offeredOn", offered), key("contract", i), true);
            count("bargaining.contracts");
            String url = b + "/contracts/" + c.id();
            LocalDate signed = bargainThrough(url, offered, cr, "", i);
            if (signed != null) {
                signedContracts.add(new long[] {c.id(), u.index(), signed.toEpochDay()});
            }
        });
        List<EnterpriseSpec> covered = plan.enterprises().stream().filter(e -> plan.unions().get(e.union()).grassroots()).toList();
        List<EnterpriseSpec> inspected = sample(r, covered, Math.min(covered.size(), Math.max(10, covered.size() / 20)));
        parallel(inspected.size(), i -> {
            EnterpriseSpec e = inspected.get(i);
            api.post(b + "/archive-inspections", admin, obj("enterpriseId", enterpriseIds[e.index()], "inspectedOn",
                    DemoPlan.dayBetween(random(2000 + i), e.registeredOn().plusDays(1), plan.today().minusDays(1)),
                    "passed", i % 5 != 0, "findings", i % 5 != 0 ? "协商档案齐全" : "缺少职代会决议原件"), key("archive", i), true);
            count("bargaining.archiveInspections");
        });
        List<UnionSpec> federations = plan.unions().stream().filter(u -> u.parent() == 0).toList();
        parallel(federations.size(), i -> {
            api.post(b + "/instructors", admin, obj("unionId", unionIds[federations.get(i).index()], "name",
                    Names.person(random(2500 + i)), "level", "DISTRICT", "appointedOn", plan.today().minusYears(2).plusDays(i)),
                    key("instructor", i), true);
            count("bargaining.instructors");
        });
        List<EnterpriseSpec> managed = sample(r, large(), Math.min(large().size(), Math.max(10, large().size() / 3)));
        parallel(managed.size(), i -> {
            EnterpriseSpec e = managed.get(i);
            LocalDate since = DemoPlan.dayBetween(random(3000 + i), e.registeredOn().plusDays(1), plan.today().minusDays(1));
            api.putOnce(b + "/democratic-management/" + enterpriseIds[e.index()], admin, obj("openAffairsSince", since,
                    "congressSince", since, "recordComplete", i % 4 != 0));
            count("bargaining.democraticManagement");
        });
        done("bargaining: contracts, inspections, instructors, democratic management", "bargaining.contracts",
                "bargaining.signed", "bargaining.archiveInspections", "bargaining.instructors", "bargaining.democraticManagement");
    }

    /**
     * A contract offered on {@code offered} answered, negotiated, voted, signed for 36 months, filed and approved
     * by the bureau; the signing day, or null for one in eight still negotiating.
     */
    LocalDate bargainThrough(String url, LocalDate offered, Random cr, String tag, int i) {
        LocalDate answered = offered.plusDays(3 + cr.nextInt(10));
        api.postStep(url + "/answer", admin, obj("accepted", true, "answeredOn", answered), null);
        if (cr.nextInt(8) == 0) {
            return null;
        }
        LocalDate round = answered.plusDays(3 + cr.nextInt(10));
        api.post(url + "/rounds", admin, obj("heldOn", round, "unionNegotiators", 5, "employerNegotiators", 5,
                "unionChief", Names.person(cr) + "主席", "employerChief", Names.person(cr) + "总经理",
                "minutes", "双方就工资增长、工时休假、劳动安全卫生等条款达成一致"), key(tag + "round", i), false);
        LocalDate vote = round.plusDays(3 + cr.nextInt(10));
        api.post(url + "/congress-votes", admin, obj("heldOn", vote, "representatives", 30, "present", 27,
                "inFavour", 25), key(tag + "vote", i), false);
        LocalDate signed = vote.plusDays(1 + cr.nextInt(5));
        api.postStep(url + "/signing", admin, obj("signedOn", signed, "startsOn", signed.plusDays(1), "termMonths", 36), null);
        LocalDate filed = signed.plusDays(2 + cr.nextInt(8));
        api.postStep(url + "/filing", admin, obj("filedOn", filed, "bureau", "大兴区人力资源和社会保障局"), null);
        // the bureau's approval within its 15 days (a 409 when the scheduled job made it effective already)
        LocalDate reviewed = filed.plusDays(1 + cr.nextInt(10));
        api.postStep(url + "/review", admin, obj("outcome", "APPROVED", "reviewedOn",
                reviewed.isBefore(plan.today()) ? reviewed : plan.today().minusDays(1)), null);
        count("bargaining.signed");
        return signed;
    }

    List<EnterpriseSpec> large() {
        return plan.enterprises().stream().filter(e -> e.headcount() >= 100 && plan.unions().get(e.union()).grassroots()).toList();
    }

    // ---------------------------------------------------------------- mediation

    private record Centre(long id, long unionId, List<long[]> mediators) {
    }

    private void mediation() {
        start();
        String m = urls.mediation() + "/api/v1";
        List<Object[]> centreSpecs = new ArrayList<>();
        centreSpecs.add(new Object[] {0, "大兴区劳动争议调解中心", "DISTRICT_CENTRE"});
        centreSpecs.add(new Object[] {0, "大兴区劳动人事争议仲裁院工会调解室", "ARBITRATION_COURT_DESK"});
        for (UnionSpec u : plan.unions()) {
            if (u.parent() == 0) {
                centreSpecs.add(new Object[] {u.index(), u.name().replace("总工会", "").replace("工会联合会", "") + "劳动争议调解中心", "TOWN_CENTRE"});
            }
        }
        Centre[] centres = new Centre[centreSpecs.size()];
        parallel(centres.length, i -> {
            long union = unionIds[(Integer) centreSpecs.get(i)[0]];
            String name = unique((String) centreSpecs.get(i)[1]);
            Answer c = api.post(m + "/centres", admin, obj("unionId", union, "name", name, "kind",
                    centreSpecs.get(i)[2]), key("centre", i), true);
            List<long[]> roll = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                String subject = "demo-mediator-" + i + "-" + k;
                Answer md = api.post(m + "/centres/" + c.id() + "/mediators", admin, obj("subject", subject, "name",
                        Names.person(random(4000 + i * 2 + k))), key("mediator", i * 2 + k), false);
                roll.add(new long[] {md.id(), i, k});
                count("mediation.mediators");
            }
            centres[i] = new Centre(c.id(), union, roll);
            count("mediation.centres");
        });
        int cases = Math.max(40, plan.people().size() / 250);
        String[] categories = {"UNPAID_WAGES", "OVERTIME", "SOCIAL_INSURANCE", "TERMINATION_COMPENSATION", "WORK_INJURY"};
        String[] channels = {"WALK_IN", "WALK_IN", "HOTLINE_12351", "TOWN_UNION_REFERRAL", "ARBITRATION_COURT_REFERRAL"};
        parallel(cases, i -> {
            Random cr = random(5000 + i);
            Centre centre = centres[cr.nextInt(centres.length)];
            PersonSpec p = plan.people().get(cr.nextInt(plan.people().size()));
            LocalDate received = DemoPlan.dayBetween(cr, plan.today().minusYears(4), plan.today().minusDays(20));
            boolean group = cr.nextInt(20) == 0;
            List<Map<String, Object>> claims = new ArrayList<>();
            int n = 1 + cr.nextInt(2);
            for (int k = 0; k < n; k++) {
                claims.add(obj("category", categories[(i + k) % categories.length], "claimedFen", (3 + cr.nextInt(80)) * 100_000L));
            }
            Answer c = api.post(m + "/cases", admin, obj("centreId", centre.id(), "name", p.name(), "idNumber",
                    p.idNumber(), "phone", p.phone(), "stillEmployed", false, "employmentEndedOn", received.minusDays(1 + cr.nextInt(60)),
                    "enterpriseId", p.enterprise() < 0 ? null : enterpriseIds[p.enterprise()],
                    "respondentName", p.enterprise() < 0 ? Names.company(cr) : null, "facts", "申请人称用人单位拖欠工资及相关待遇,请求调解",
                    "channel", channels[cr.nextInt(channels.length)], "workersInvolved", group ? 10 + cr.nextInt(30) : 1,
                    "representatives", group ? 3 : null, "claims", claims, "receivedOn", received), key("case", i), true);
            count("mediation.cases");
            int outcome = cr.nextInt(100);
            if (outcome >= 90) {
                return; // still open
            }
            String url = m + "/cases/" + c.id();
            if (outcome >= 82) {
                api.postStep(url + "/withdrawal", admin, obj("reason", "双方自行和解"), null);
                fileCase(url, cr);
                return;
            }
            long[] mediator = centre.mediators().get(cr.nextInt(centre.mediators().size()));
            Answer current = api.get(url, admin);
            if ("ACCEPTED".equals(current.body().path("status").asText())) {
                api.postStep(url + "/assignment", admin, obj("mediatorId", mediator[0]), current.etag());
            }
            api.post(url + "/sessions", admin, obj("heldOn", received.plusDays(1 + cr.nextInt(10)), "applicantAttended", true,
                    "respondentAttended", true, "notes", "双方到场,就诉求逐项协商"), key("session", i), false);
            if (outcome >= 67) {
                api.postStep(url + "/referral", admin, obj("reason", "FAILED", "note", "双方差距较大,调解不成"), null);
                fileCase(url, cr);
                return;
            }
            current = api.get(url, admin);
            String mediatorToken = tokens.mint("demo-mediator-" + mediator[1] + "-" + mediator[2], List.of("mediator"), Map.of());
            if (current.body().path("agreement").isMissingNode() || "IN_MEDIATION".equals(current.body().path("status").asText())) {
                List<Map<String, Object>> terms = new ArrayList<>();
                for (JsonNode claim : current.body().path("claims")) {
                    terms.add(obj("claimId", claim.path("id").asLong(), "amountFen",
                            Math.max(1, claim.path("claimedFen").asLong() * (6 + cr.nextInt(5)) / 10), "dueOn", plan.today().plusDays(30)));
                }
                if ("IN_MEDIATION".equals(current.body().path("status").asText())) {
                    api.postStep(url + "/agreement", admin, obj("terms", terms), current.etag());
                }
            }
            api.postStep(url + "/signatures", admin, obj("party", "APPLICANT", "signerName", p.name()), null);
            api.postStep(url + "/signatures", admin, obj("party", "RESPONDENT", "signerName", Names.person(cr)), null);
            api.postStep(url + "/signatures", mediatorToken, obj("party", "MEDIATOR"), null);
            count("mediation.mediated");
            if (cr.nextInt(10) < 6) {
                JsonNode done = api.get(url, admin).body();
                int k = 0;
                for (JsonNode term : terms(done)) {
                    api.post(url + "/payments", admin, obj("termId", term.path("id").asLong(), "amountFen",
                            term.path("amountFen").asLong(), "reference", "DEMO-" + i + "-" + k), key("payment-" + k, i), false);
                    k++;
                }
                count("mediation.paidInFull");
                fileCase(url, cr);
            }
        });
        List<UnionSpec> federations = plan.unions().stream().filter(u -> u.parent() == 0).toList();
        int aid = Math.max(20, plan.people().size() / 2500);
        parallel(aid, i -> {
            Random ar = random(6000 + i);
            PersonSpec p = plan.people().get(ar.nextInt(plan.people().size()));
            long stake = (10 + ar.nextInt(200)) * 100_000L;
            Answer a = api.post(m + "/legal-aid-cases", admin, obj("unionId", unionIds[federations.get(i % federations.size()).index()],
                    "name", p.name(), "idNumber", p.idNumber(), "workersInvolved", 1 + ar.nextInt(3), "lawyerName", Names.person(ar),
                    "lawFirm", "北京市" + Names.pick(ar, Names.BRAND) + Names.pick(ar, Names.BRAND) + "律师事务所",
                    "matter", "追索劳动报酬", "amountAtStakeFen", stake, "acceptedOn",
                    DemoPlan.dayBetween(ar, plan.today().minusYears(4), plan.today().minusDays(60))), key("legal-aid", i), true);
            count("mediation.legalAid");
            if (i % 3 != 0) {
                Answer current = api.get(m + "/legal-aid-cases/" + a.id(), admin);
                api.postStep(m + "/legal-aid-cases/" + a.id() + "/closure", admin, obj("outcome", "WON",
                        "amountWonFen", stake * 8 / 10), current.etag());
            }
        });
        String[] topics = {"LABOUR_CONTRACT", "WAGES", "SOCIAL_INSURANCE", "WORK_INJURY", "TERMINATION", "OTHER"};
        String[] consultChannels = {"WALK_IN", "HOTLINE_12351", "ONLINE", "OUTREACH"};
        int consultations = Math.max(40, plan.people().size() / 500);
        parallel(consultations, i -> {
            Random cr = random(7000 + i);
            api.post(m + "/consultations", admin, obj("unionId", unionIds[federations.get(i % federations.size()).index()],
                    "channel", consultChannels[cr.nextInt(4)], "topic", topics[cr.nextInt(topics.length)],
                    "consultedOn", DemoPlan.dayBetween(cr, plan.today().minusYears(4), plan.today().minusDays(1)),
                    "personTimes", 1 + cr.nextInt(5)), key("consultation", i), true);
            count("mediation.consultations");
        });
        done("mediation: centres, cases through their life, legal aid, consultations", "mediation.centres",
                "mediation.mediators", "mediation.cases", "mediation.mediated", "mediation.paidInFull", "mediation.legalAid",
                "mediation.consultations");
    }

    private static Iterable<JsonNode> terms(JsonNode kase) {
        List<JsonNode> terms = new ArrayList<>();
        kase.path("terms").forEach(terms::add);
        kase.path("agreement").path("terms").forEach(terms::add);
        return terms;
    }

    private void fileCase(String url, Random r) {
        api.postStep(url + "/file", admin, obj("type", r.nextInt(3) == 0 ? "FORMAL" : "SIMPLE"), null);
    }

    // ---------------------------------------------------------------- assistance

    private void assistance() {
        start();
        String a = urls.assistance() + "/api/v1";
        int thisYear = plan.today().getYear();
        long district = unionIds[0];
        long warm = api.post(a + "/funds", fundManager, obj("unionId", district, "name", unique("大兴区总工会温暖基金"), "kind", "WARM",
                "openedOn", LocalDate.of(thisYear - 5, 1, 1)), key("fund", 0), true).id();
        long school = api.post(a + "/funds", fundManager, obj("unionId", district, "name", unique("金秋助学专项资金"), "kind", "SPECIAL",
                "restriction", "困难职工子女助学", "openedOn", LocalDate.of(thisYear - 5, 1, 1)), key("fund", 1), true).id();
        count("assistance.funds");
        count("assistance.funds");
        for (int y = thisYear - 4; y <= thisYear; y++) {
            LocalDate on = LocalDate.of(y, 1, 10).isBefore(plan.today()) ? LocalDate.of(y, 1, 10) : plan.today();
            api.post(a + "/funds/" + warm + "/income", fundManager, obj("amountFen", 300_000_000L, "purpose", y + "年度经费拨入",
                    "on", on), key("income-warm", y), false);
            api.post(a + "/funds/" + school + "/income", fundManager, obj("amountFen", 100_000_000L, "purpose", y + "年度助学拨入",
                    "on", on), key("income-school", y), false);
            count("assistance.income");
        }
        List<EnterpriseSpec> donors = sample(random(3), large(), Math.min(large().size(), Math.max(20, large().size() / 4)));
        parallel(donors.size(), i -> {
            EnterpriseSpec e = donors.get(i);
            Random dr = random(8000 + i);
            LocalDate on = DemoPlan.dayBetween(dr, LocalDate.of(thisYear - 4, 1, 11), plan.today().minusDays(1));
            api.post(a + "/donations", fundManager, obj("unionId", unionIds[e.union()], "fundId", warm, "donorKind", "UNIT",
                    "donorName", e.name(), "enterpriseId", enterpriseIds[e.index()], "drive", i % 3 == 0 ? "春风行动" : "送温暖捐款",
                    "amountFen", (5 + dr.nextInt(200)) * 100_000L, "receivedOn", on,
                    "receiptNumber", "DX" + plan.seed() + "-" + on.getYear() + String.format("%05d", i)), key("donation", i), true);
            count("assistance.donations");
        });
        // campaigns of past years, and this season's, which take applications today
        for (int y = thisYear - 4; y < thisYear; y++) {
            api.post(a + "/campaigns", admin, obj("unionId", district, "name", y + "年送温暖", "kind", "WINTER_WARMTH",
                    "help", "CASH", "eligibility", "HARDSHIP_FILE", "fundId", warm, "minAmountFen", 50_000, "budgetFen", 50_000_000,
                    "opensOn", LocalDate.of(y, 1, 5), "closesOn", LocalDate.of(y, 2, 20), "noticeDays", 5), key("campaign", y), true);
            count("assistance.campaigns");
        }
        long winter = api.post(a + "/campaigns", admin, obj("unionId", district, "name", thisYear + "年送温暖(本期)", "kind",
                "WINTER_WARMTH", "help", "CASH", "eligibility", "HARDSHIP_FILE", "fundId", warm, "minAmountFen", 80_000,
                "budgetFen", 200_000_000L, "opensOn", plan.today().minusDays(20), "closesOn", plan.today().plusDays(60),
                "noticeDays", 0), key("campaign", thisYear), true).id();
        long schoolAid = api.post(a + "/campaigns", admin, obj("unionId", district, "name", "金秋助学", "kind",
                "SCHOOL_AID", "help", "CASH", "eligibility", "MEMBER", "fundId", school, "minAmountFen", 100_000,
                "maxAmountFen", 300_000, "budgetFen", 80_000_000L, "opensOn", plan.today().minusDays(30),
                "closesOn", plan.today().plusDays(30), "noticeDays", 0), key("campaign", thisYear + 1), true).id();
        count("assistance.campaigns");
        count("assistance.campaigns");
        // 阿里巴巴助医: a donor-restricted fund filled by the donor's gift, and its campaign for ill workers' households
        long medical = api.post(a + "/funds", fundManager, obj("unionId", district, "name", unique("阿里巴巴助医专项基金"), "kind",
                "DONOR_RESTRICTED", "restriction", "大病职工医疗救助", "openedOn", plan.today().minusDays(60)), key("fund", 3), true).id();
        api.post(a + "/donations", fundManager, obj("unionId", district, "fundId", medical, "donorKind", "UNIT",
                "donorName", "阿里巴巴公益基金会", "drive", "阿里巴巴助医", "amountFen", 50_000_000L,
                "receivedOn", plan.today().minusDays(50), "receiptNumber", "DX-ALI-" + plan.seed() + "-" + thisYear),
                key("donation-medical", 0), false);
        count("assistance.funds");
        count("assistance.donations");
        long medicalAid = api.post(a + "/campaigns", admin, obj("unionId", district, "name", "阿里巴巴助医", "kind",
                "SPECIAL_ILLNESS", "help", "CASH", "eligibility", "HARDSHIP_FILE", "fundId", medical, "minAmountFen", 500_000,
                "maxAmountFen", 2_000_000, "budgetFen", 50_000_000L, "opensOn", plan.today().minusDays(20),
                "closesOn", plan.today().plusDays(60), "noticeDays", 0), key("campaign-medical", 0), true).id();
        count("assistance.campaigns");
        // 疫情防控专项基金: the district's income into it, 下拨 to every street federation
        long epidemic = api.post(a + "/funds", fundManager, obj("unionId", district, "name", unique("疫情防控专项基金"), "kind", "SPECIAL",
                "restriction", "疫情防控物资及一线职工慰问", "openedOn", plan.today().minusDays(120)), key("fund", 2), true).id();
        api.post(a + "/funds/" + epidemic + "/income", fundManager, obj("amountFen", 300_000_000L, "purpose", "疫情防控专项经费拨入",
                "on", plan.today().minusDays(110)), key("income-epidemic", 0), false);
        count("assistance.funds");
        count("assistance.income");
        List<UnionSpec> streets = plan.unions().stream().filter(u -> u.parent() == 0).toList();
        parallel(streets.size(), i -> {
            // all on one day: money leaves a fund no earlier than its latest ledger line, whatever order these run in
            api.post(a + "/funds/" + epidemic + "/allocations", fundManager, obj("recipientKind", "UNION", "unionId",
                    unionIds[streets.get(i).index()], "amountFen", (8 + i % 5) * 1_000_000L, "purpose", "疫情防控物资下拨",
                    "on", plan.today().minusDays(100)), key("allocation-epidemic", i), true);
            count("assistance.allocations");
        });

        List<Member> hardship = sample(random(4), members, Math.max(20, plan.people().size() / 300));
        String[] causes = {"ILLNESS", "SCHOOLING", "DISABILITY", "SINGLE_PARENT", "UNEMPLOYMENT", "WORK_INJURY"};
        long[] files = new long[hardship.size()];
        hardshipFiles = files;
        parallel(hardship.size(), i -> {
            Member mb = hardship.get(i);
            Random hr = random(9000 + i);
            LocalDate registered = DemoPlan.dayBetween(hr, plan.today().minusYears(4), plan.today().minusDays(30));
            Answer f = api.post(a + "/hardship-files", admin, obj("unionId", mb.unionId(), "name", mb.person().name(),
                    "idNumber", mb.person().idNumber(), "phone", mb.person().phone(), "migrant", !mb.person().idNumber().startsWith("11"),
                    "householdSize", 2 + hr.nextInt(4), "monthlyIncomeFen", (1500 + hr.nextInt(2500)) * 100L,
                    "causes", List.of(causes[hr.nextInt(causes.length)]), "level", hr.nextInt(5) == 0 ? "DEEP" : "GENERAL",
                    "registeredOn", registered), key("hardship", i), true);
            count("assistance.hardshipFiles");
            files[i] = f.id();
            String file = a + "/hardship-files/" + f.id();
            api.post(file + "/home-visits", admin, obj("visitedOn", registered.plusDays(1 + hr.nextInt(20)), "visitor",
                    Names.person(hr), "findings", "家庭情况属实,符合建档条件"), key("home-visit", i), false);
            if (i % 10 < 7) {
                Answer g = api.post(a + "/grants", admin, obj("campaignId", winter, "fileId", f.id(), "amountFen", 80_000,
                        "category", "HARDSHIP", "reason", "困难职工送温暖"), key("grant", i), true);
                grantThrough(a + "/grants/" + g.id(), "WARM-" + i);
            } else if (i % 10 == 7) {
                Answer g = api.post(a + "/grants", admin, obj("campaignId", medicalAid, "fileId", f.id(), "amountFen",
                        (5 + hr.nextInt(16)) * 100_000L, "category", "HARDSHIP", "reason", "身患重病,医疗费用负担重"), key("medical-grant", i), true);
                grantThrough(a + "/grants/" + g.id(), "MED-" + i);
            }
        });
        List<Member> students = sample(random(5), members, Math.max(10, plan.people().size() / 1000));
        parallel(students.size(), i -> {
            Member mb = students.get(i);
            Answer g = api.post(a + "/grants", admin, obj("campaignId", schoolAid, "unionId", mb.unionId(), "idNumber",
                    mb.person().idNumber(), "name", mb.person().name(), "category", "STUDENT",
                    "amountFen", 100_000 + (i % 3) * 100_000, "reason", "子女考入大学,家庭经济困难"), key("school-grant", i), true);
            grantThrough(a + "/grants/" + g.id(), "SCHOOL-" + i);
        });
        List<UnionSpec> federations = plan.unions().stream().filter(u -> u.parent() == 0).toList();
        String[] targets = {"HOUSEHOLD", "ENTERPRISE", "MODEL_WORKER", "FRONTLINE"};
        List<EnterpriseSpec> visitedEnterprises = sample(random(8), large(), large().size());
        parallel(federations.size() * 3, i -> {
            Random vr = random(9500 + i);
            String target = targets[i % targets.length];
            // a household visit is to a hardship file, an enterprise visit to an enterprise, each under its own union
            int n = i / targets.length;
            Member household = hardship.get(n % hardship.size());
            EnterpriseSpec enterprise = visitedEnterprises.get(n % visitedEnterprises.size());
            long union = switch (target) {
                case "HOUSEHOLD" -> household.unionId();
                case "ENTERPRISE" -> unionIds[enterprise.union()];
                default -> unionIds[federations.get(i % federations.size()).index()];
            };
            api.post(a + "/visits", admin, obj("target", target, "unionId", union,
                    "fileId", target.equals("HOUSEHOLD") ? files[n % hardship.size()] : null,
                    "enterpriseId", target.equals("ENTERPRISE") ? enterpriseIds[enterprise.index()] : null,
                    "peopleReached", target.equals("HOUSEHOLD") ? 1 + vr.nextInt(4) : 5 + vr.nextInt(100),
                    "visitedOn", DemoPlan.dayBetween(vr, plan.today().minusYears(4), plan.today().minusDays(1)),
                    "notes", "节日走访慰问一线职工"), key("visit", i), true);
            count("assistance.visits");
        });
        done("assistance: funds, donations, campaigns, hardship files, grants paid, visits", "assistance.funds",
                "assistance.income", "assistance.allocations", "assistance.donations", "assistance.campaigns", "assistance.hardshipFiles",
                "assistance.grantsPaid", "assistance.visits");
    }

    private void grantThrough(String grant, String reference) {
        api.postStep(grant + "/verification", admin, obj("findings", "入户核实,情况属实"), null);
        api.postStep(grant + "/approval", admin, obj("decisionRef", "大工帮审〔" + plan.today().getYear() + "〕" + reference), null);
        api.postStep(grant + "/disbursement", fundManager, obj("paymentReference", "PAY-" + plan.seed() + "-" + reference), null);
        count("assistance.grantsPaid");
    }

    // ---------------------------------------------------------------- benefits

    private void benefits() {
        start();
        String s = urls.benefits() + "/api/v1";
        long district = unionIds[0];
        int merchants = Math.max(10, Math.min(60, plan.people().size() / 2000));
        parallel(merchants, i -> {
            Random mr = random(10_000 + i);
            String kind = Names.MERCHANT_KINDS.get(i % Names.MERCHANT_KINDS.size());
            Answer merchant = api.post(s + "/merchants", admin, obj("unionId", district, "partnerId", "demo-merchant-" + plan.seed() + "-" + i,
                    "name", Names.pick(mr, Names.BRAND) + Names.pick(mr, Names.BRAND) + kind + "(" + Names.pick(mr, Names.STREETS) + "店)",
                    "category", kind, "joinedOn", DemoPlan.dayBetween(mr, plan.today().minusYears(4), plan.today().minusDays(30))),
                    key("merchant", i), true);
            api.post(s + "/merchants/" + merchant.id() + "/offers", admin, obj("unionId", district, "title", "会员专享" + (7 + i % 3) + "折",
                    "discount", "PERCENT_OFF", "value", 10 + (i % 3) * 10, "validFrom", plan.today().minusDays(30),
                    "validTo", plan.today().plusYears(1), "quotaPerMember", 4), key("offer", i), false);
            count("benefits.merchants");
        });
        // activities of past years, with sessions and attendance, in unions whose members the loader knows
        List<Long> unions = new ArrayList<>(membersByUnion.keySet());
        String[] categories = {"SPORTS", "CULTURE", "LECTURE", "TRAINING_CLASS", "SKILLS_COMPETITION", "HEALTH_CHECK", "LEGAL_EDUCATION"};
        String[] titles = {"职工趣味运动会", "职工书画摄影展", "劳动法律知识讲座", "职工技能培训班", "职工技能大赛", "职工健康体检", "普法宣传进企业"};
        int activities = Math.max(20, plan.people().size() / 700);
        parallel(activities, i -> {
            Random ar = random(11_000 + i);
            long union = unions.get(i % unions.size());
            List<Member> people = membersByUnion.get(union);
            LocalDate starts = DemoPlan.dayBetween(ar, plan.today().minusYears(4), plan.today().minusDays(10));
            int c = ar.nextInt(categories.length);
            Answer act = api.post(s + "/activities", admin, obj("unionId", union, "title", starts.getYear() + "年" + titles[c],
                    "category", categories[c], "audience", "ALL_WORKERS", "membersOnly", c % 2 == 0, "series", "职工文化季",
                    "costFen", (5 + ar.nextInt(50)) * 100_000L, "startsOn", starts, "endsOn", starts.plusDays(ar.nextInt(3))),
                    key("activity", i), true);
            Answer session = api.post(s + "/activities/" + act.id() + "/sessions", admin, obj("heldOn", starts, "place",
                    "职工活动中心"), key("activity-session", i), false);
            List<Long> came = sample(ar, people, Math.min(people.size(), 5 + ar.nextInt(30))).stream().map(Member::id).toList();
            api.post(s + "/sessions/" + session.id() + "/attendance", admin, obj("memberIds", came, "walkIns", ar.nextInt(20)),
                    null, true);
            count("benefits.activities");
            counts.computeIfAbsent("benefits.attendances", k -> new AtomicInteger()).addAndGet(came.size());
        });
        namedSeries(s, district);
        // this season's activities take sign-ups from the members' phones
        List<Member> joiners = sample(random(6), members, Math.min(members.size(), 300));
        for (int i = 0; i < 6; i++) {
            Answer act = api.post(s + "/activities", admin, obj("unionId", district, "title", plan.today().getYear() + "年"
                    + List.of("冬季长跑", "迎新春联欢会", "职工心理健康讲座", "书画班(冬季班)", "亲子手工课", "职工篮球赛").get(i),
                    "category", List.of("SPORTS", "CELEBRATION", "COUNSELLING", "TRAINING_CLASS", "CULTURE", "SPORTS").get(i),
                    // the 书画班 has begun and still takes sign-ups, so its sign-ups fall in a period ending today
                    "series", i == 3 ? "书画班" : null, "audience", "ALL_WORKERS", "places", 40,
                    "signupOpensOn", plan.today().minusDays(3), "signupClosesOn", plan.today().plusDays(14),
                    "startsOn", i == 3 ? plan.today().minusDays(1) : plan.today().plusDays(20),
                    "endsOn", i == 3 ? plan.today().plusDays(60) : plan.today().plusDays(20)),
                    key("open-activity", i), true);
            int first = i;
            parallel(joiners.size() / 6, k -> {
                Member mb = joiners.get(first * (joiners.size() / 6) + k);
                api.post(s + "/activities/" + act.id() + "/signups", tokens.member(mb.id()), null, key("signup-" + first, k), true);
                count("benefits.signups");
            });
            count("benefits.activities");
        }
        insurance(s, district);
        done("benefits: merchants, offers, activities, attendance, sign-ups, insurance cover and claims", "benefits.merchants",
                "benefits.activities", "benefits.attendances", "benefits.unitsEntered", "benefits.associationMembers", "benefits.signups",
                "benefits.coverRecorded", "benefits.enrolments", "benefits.claims", "benefits.claimsPaid");
    }

    /** A series (programme) of the past year the report names: activities, sessions a day apart, who came. */
    private record Series(String name, String title, String category, String audience, int activities, int sessions) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("技协杯", "技协杯职工技能竞赛", "SKILLS_COMPETITION", "ALL_WORKERS", 2, 1),
            new Series("太极拳培训班", "太极拳培训班", "TRAINING_CLASS", "ALL_WORKERS", 1, 4),
            new Series("书画班", "职工书画班", "TRAINING_CLASS", "ALL_WORKERS", 2, 3),
            new Series("拔河比赛", "首届职工拔河比赛", "SPORTS", "ALL_WORKERS", 1, 1),
            new Series("五一", "“五一”系列庆祝活动", "CELEBRATION", "ALL_WORKERS", 3, 1),
            new Series("职工运动会", "职工运动会", "SPORTS", "ALL_WORKERS", 1, 2),
            new Series("女职工素质讲堂", "女职工素质讲堂", "LECTURE", "WOMEN", 4, 1),
            new Series("外来务工人员免费体检", "外来务工人员免费体检", "HEALTH_CHECK", "MIGRANT", 1, 1),
            new Series("急救培训", "急救培训", "TRAINING_CLASS", "ALL_WORKERS", 2, 1),
            new Series("紫砂技艺培训班", "紫砂技艺培训班", "TRAINING_CLASS", "ALL_WORKERS", 1, 8));

    /** The district's named series, the units entering its tug of war, and members joining art associations. */
    private void namedSeries(String s, long district) {
        List<Series> runs = new ArrayList<>();
        SERIES.forEach(series -> {
            for (int k = 0; k < series.activities(); k++) {
                runs.add(series);
            }
        });
        long[] tugOfWar = new long[1];
        parallel(runs.size(), i -> {
            Series series = runs.get(i);
            Random sr = random(12_000 + i);
            LocalDate starts = DemoPlan.dayBetween(sr, plan.today().minusDays(330), plan.today().minusDays(10 + series.sessions()));
            Answer act = api.post(s + "/activities", admin, obj("unionId", district, "title", starts.getYear() + "年" + series.title(),
                    "category", series.category(), "audience", series.audience(), "series", series.name(),
                    "costFen", (10 + sr.nextInt(90)) * 100_000L, "startsOn", starts, "endsOn", starts.plusDays(series.sessions() - 1)),
                    key("series-activity", i), true);
            if (series.name().equals("拔河比赛")) {
                tugOfWar[0] = act.id();
            }
            // the women's lectures are heard by women (the 17th digit of the ID number is even)
            List<Member> audience = series.audience().equals("WOMEN")
                    ? members.stream().filter(m -> (m.person().idNumber().charAt(16) - '0') % 2 == 0).toList() : members;
            List<Member> came = sample(sr, audience, Math.min(audience.size(), 15 + sr.nextInt(40)));
            for (int day = 0; day < series.sessions(); day++) {
                Answer session = api.post(s + "/activities/" + act.id() + "/sessions", admin, obj("heldOn", starts.plusDays(day),
                        "place", "大兴区职工活动中心"), key("series-session-" + day, i), false);
                api.post(s + "/sessions/" + session.id() + "/attendance", admin, obj("memberIds",
                        came.stream().map(Member::id).toList(), "walkIns", sr.nextInt(10)), null, true);
            }
            count("benefits.activities");
            counts.computeIfAbsent("benefits.attendances", k -> new AtomicInteger()).addAndGet(came.size() * series.sessions());
        });
        List<Long> teams = new ArrayList<>(membersByUnion.keySet()).subList(0, Math.min(12, membersByUnion.size()));
        parallel(teams.size(), i -> {
            api.postOnce(s + "/activities/" + tugOfWar[0] + "/entries", admin, obj("unionId", teams.get(i), "entrants", 10));
            count("benefits.unitsEntered");
        });
        String[] bodies = {"北京美协", "大兴美协", "北京书协", "大兴书协"};
        List<Member> artists = sample(random(15), members, Math.min(members.size(), 40));
        parallel(artists.size(), i -> {
            Random ar = random(13_000 + i);
            api.postOnce(s + "/achievements", admin, obj("memberId", artists.get(i).id(), "kind", "ASSOCIATION_MEMBERSHIP",
                    "body", bodies[i % bodies.length], "title", "会员", "obtainedOn",
                    DemoPlan.dayBetween(ar, plan.today().minusDays(300), plan.today().minusDays(1))));
            count("benefits.associationMembers");
        });
    }

    /** A mutual-aid plan of the district: its kind, the share of members it covers (one in {@code every}), claim sizes. */
    private record Cover(String kind, String name, long premiumFen, boolean womenOnly, int every, long minFen, long maxFen,
            List<String> diagnoses) {
    }

    private static final List<Cover> COVERS = List.of(
            new Cover("INPATIENT_MEDICAL", "职工住院医疗互助保障", 5_000, false, 4, 50_000, 8_000_000,
                    List.of("急性阑尾炎 住院5天", "肺炎 住院9天", "腰椎间盘突出 住院14天", "冠心病 支架植入", "急性心肌梗死 住院12天")),
            new Cover("WOMEN_SPECIAL_ILLNESS", "女职工特殊疾病互助保障", 3_000, true, 3, 1_000_000, 3_000_000,
                    List.of("乳腺癌", "宫颈癌", "卵巢肿瘤")),
            new Cover("ACCIDENT", "职工意外伤害互助保障", 2_000, false, 5, 20_000, 2_000_000,
                    List.of("骨折 住院7天", "手部外伤", "交通事故 软组织挫伤")),
            new Cover("FIRE", "职工家庭财产火灾互助保障", 1_000, false, 10, 100_000, 3_000_000,
                    List.of("厨房起火 家具烧毁", "电线短路 家电损毁")));

    /**
     * Mutual-aid insurance. The district moved onto Gonghui this year, so the cover members already hold for the
     * calendar year is recorded from the insurer's list (既有保障登记); the insurer's claims on it come in, are
     * decided and paid (a large medical one becomes a hardship lead in assistance); members enrol for next year's
     * inpatient cover before it starts.
     */
    private void insurance(String s, long district) {
        String insurer = tokens.partner("insurer", "demo-insurer");
        LocalDate yearStart = plan.today().withDayOfYear(1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        for (int c = 0; c < COVERS.size(); c++) {
            Cover cover = COVERS.get(c);
            Answer insurancePlan = api.post(s + "/insurance/plans", admin, obj("unionId", district, "insurerId", "demo-insurer",
                    "name", unique(cover.name()), "kind", cover.kind(), "premiumFen", cover.premiumFen(), "womenOnly", cover.womenOnly()),
                    key("plan", c), true);
            Answer running = api.post(s + "/insurance/plans/" + insurancePlan.id() + "/periods", admin, obj("startsOn", yearStart,
                    "endsOn", yearEnd), key("period", c), false);
            // the women's plan takes women: the ID number's 17th digit is even for a woman
            List<Member> eligible = members.stream().filter(m -> !cover.womenOnly()
                    || (m.person().idNumber().charAt(16) - '0') % 2 == 0).toList();
            List<Member> covered = sample(random(20 + c), eligible, eligible.size() / cover.every());
            List<Long> enrolments = new ArrayList<>();
            for (int from = 0, batch = 0; from < covered.size(); from += 1000, batch++) {
                List<Long> ids = covered.subList(from, Math.min(covered.size(), from + 1000)).stream().map(Member::id).toList();
                JsonNode answer = api.post(s + "/insurance/periods/" + running.id() + "/existing-cover", admin,
                        obj("reason", yearStart.getYear() + "年度承保名单(上线前已参保,保险公司提供)", "memberIds", ids),
                        key("existing-cover-" + c, batch), false).body();
                answer.path("recorded").forEach(r -> enrolments.add(r.path("enrolmentId").asLong()));
                counts.computeIfAbsent("benefits.coverRecorded", k -> new AtomicInteger()).addAndGet(answer.path("recorded").size());
            }
            claims(s, insurer, c, cover, enrolments, yearStart);
            if (c == 0) {
                Answer next = api.post(s + "/insurance/plans/" + insurancePlan.id() + "/periods", admin, obj("startsOn",
                        yearEnd.plusDays(1), "endsOn", yearEnd.plusYears(1)), key("period-next", c), false);
                List<Member> renewing = covered.subList(0, covered.size() * 4 / 5);
                parallel(renewing.size(), i -> {
                    api.post(s + "/insurance/enrolments", admin, obj("periodId", next.id(), "memberId", renewing.get(i).id()),
                            key("enrolment", i), true);
                    count("benefits.enrolments");
                });
            }
        }
    }

    /** The insurer's claims on this year's cover: one batch per thousand, then each decided; most are paid. */
    private void claims(String s, String insurer, int c, Cover cover, List<Long> enrolments, LocalDate yearStart) {
        Random r = random(30 + c);
        List<Long> claimants = sample(r, enrolments, Math.max(1, enrolments.size() / 12));
        LocalDate lastIncident = plan.today().minusDays(3).isBefore(yearStart) ? yearStart : plan.today().minusDays(3);
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int k = 0; k < claimants.size(); k++) {
            claims.add(obj("insurerClaimId", "DEMO-" + plan.seed() + "-" + cover.kind() + "-" + k, "enrolmentId", claimants.get(k),
                    "incidentOn", DemoPlan.dayBetween(r, yearStart, lastIncident),
                    "claimedFen", (cover.minFen() + (long) (r.nextDouble() * (cover.maxFen() - cover.minFen()))) / 100 * 100,
                    "diagnosis", cover.diagnoses().get(r.nextInt(cover.diagnoses().size()))));
        }
        for (int from = 0, batch = 0; from < claims.size(); from += 1000, batch++) {
            api.post(urls.benefits() + "/api/v1/insurer/claims", insurer, obj("claims", claims.subList(from, Math.min(claims.size(), from + 1000))),
                    key("claims-" + c, batch), false);
        }
        counts.computeIfAbsent("benefits.claims", k -> new AtomicInteger()).addAndGet(claims.size());
        parallel(claims.size(), k -> {
            String url = urls.benefits() + "/api/v1/insurer/claims/" + claims.get(k).get("insurerClaimId") + "/status";
            int fate = random(40_000 + c * 100_000L + k).nextInt(10);
            if (fate == 0) {
                api.put(url, insurer, obj("status", "REJECTED"), null, false);
            } else if (fate > 1) {
                api.put(url, insurer, obj("status", "APPROVED"), null, false);
                long claimed = (Long) claims.get(k).get("claimedFen");
                api.put(url, insurer, obj("status", "PAID", "paidFen", claimed * (70 + fate * 3) / 100), null, false);
                count("benefits.claimsPaid");
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code task} for 0..n-1 on the loader's threads; the first failure stops the load. */
    void parallel(int n, IntConsumer task) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.accept(index)));
        }
        await(futures);
    }

    private static void await(List<Future<?>> futures) {
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** A deterministic random stream per purpose, so parallel work draws the same numbers whatever the order. */
    Random random(long purpose) {
        return new Random(plan.seed() * 1_000_003L + purpose);
    }

    static <T> List<T> sample(Random r, List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, r);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    /**
     * Centre and fund names, receipt numbers and partner ids are unique in a stack: a second demo district (another
     * seed) names its own apart. Seed 1 keeps the plain names, which the district report looks for.
     */
    String unique(String name) {
        return name + (plan.seed() == 1 ? "" : "(演示" + plan.seed() + ")");
    }

    String key(String what, long index) {
        return "demo-" + plan.seed() + "-" + plan.people().size() + "-" + what + "-" + index;
    }

    void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    void start() {
        phaseStarted = System.nanoTime();
    }

    private double seconds() {
        return (System.nanoTime() - phaseStarted) / 1e9;
    }

    void done(String phase, String... what) {
        StringBuilder line = new StringBuilder(String.format("%-80s %6.1f s ", phase, seconds()));
        for (String w : what) {
            line.append(' ').append(w.substring(w.indexOf('.') + 1)).append('=')
                    .append(counts.getOrDefault(w, new AtomicInteger()).get());
        }
        out.println(line);
    }

}
