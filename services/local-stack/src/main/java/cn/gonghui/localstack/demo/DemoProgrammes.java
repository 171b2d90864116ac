package cn.gonghui.localstack.demo;

import static cn.gonghui.localstack.demo.Api.obj;

import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import cn.gonghui.localstack.demo.Api.Answer;
import cn.gonghui.localstack.demo.DemoLoader.Member;
import cn.gonghui.localstack.demo.DemoPlan.EnterpriseSpec;
import cn.gonghui.localstack.demo.DemoPlan.UnionSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The district's smaller programmes, loaded after the main phases of {@link DemoLoader} through the same API
 * client and helpers: honours and service points of every kind, areas, cadres and their training, legal-person
 * changes; renewals, CSR, harmony and model enterprises, joint inspections, bargaining training; supervisors,
 * coordinators and assisted incidents; the assistance campaigns beyond 送温暖 and 助学; employment, childcare,
 * purchased services, giveaways, skills, clubs, online courses, competitions and the remaining activity kinds.
 */
final class DemoProgrammes {

    private final DemoLoader l;
    private final DemoPlan plan;
    private final Api api;
    private final String admin;
    private final LocalDate today;

    DemoProgrammes(DemoLoader loader) {
        this.l = loader;
        this.plan = loader.plan;
        this.api = loader.api;
        this.admin = loader.admin;
        this.today = plan.today();
    }

    void load() {
        membership();
        bargaining();
        mediation();
        assistance();
        benefits();
    }

    // ---------------------------------------------------------------- membership

    private void membership() {
        l.start();
        honours();
        servicePoints();
        areas();
        cadresAndTraining();
        legalPersonChanges();
        l.done("membership: more honours, service points, areas, cadres, trainings, legal-person changes",
                "membership.moreHonours", "membership.morePoints", "membership.areas", "membership.cadres",
                "membership.trainings", "membership.legalPersonChanges");
    }

    /** An honour to confer {@code n} times: kind, level, recipient type, title, reward. */
    private record HonourSpec(String kind, String level, String recipient, String title, int n, long rewardFen) {
    }

    private static final List<HonourSpec> HONOURS = List.of(
            new HonourSpec("WORKER_PIONEER", "NATIONAL", "TEAM", "全国工人先锋号", 1, 0),
            new HonourSpec("WORKER_PIONEER", "MUNICIPAL", "TEAM", "市级工人先锋号", 4, 0),
            new HonourSpec("INNOVATION_STUDIO", "DISTRICT", "TEAM", "大兴区职工创新工作室", 6, 2_000_000),
            new HonourSpec("MODEL_WORKER_STUDIO", "PROVINCIAL", "TEAM", "北京市劳模创新工作室", 3, 5_000_000),
            new HonourSpec("MODEL_COLLECTIVE", "PROVINCIAL", "ENTERPRISE", "北京市模范集体", 2, 0),
            new HonourSpec("HARMONY_MODEL", "DISTRICT", "ENTERPRISE", "区级和谐示范点", 6, 0),
            new HonourSpec("MAY_DAY_AWARD", "MUNICIPAL", "ENTERPRISE", "市级五一劳动奖状", 2, 0),
            new HonourSpec("MODEL_WORKERS_HOME", "NATIONAL", "UNION", "全国模范职工之家", 1, 1_000_000),
            new HonourSpec("MODEL_WORKERS_HOME", "PROVINCIAL", "UNION", "北京市模范职工之家", 3, 500_000),
            new HonourSpec("ADVANCED_WORKERS_HOME", "DISTRICT", "UNION", "区级先进职工之家", 8, 200_000),
            new HonourSpec("STANDARD_BEARER", "DISTRICT", "MEMBER", "大兴区岗位标兵能人", 10, 100_000),
            new HonourSpec("MAY_DAY_MEDAL", "MUNICIPAL", "MEMBER", "市级五一劳动奖章", 3, 300_000));

    /** Honours of the kinds and levels the main phase leaves out, and nominations (推荐申报) with their outcome. */
    private void honours() {
        String url = l.urls.membership() + "/api/v1/honours";
        List<EnterpriseSpec> large = DemoLoader.sample(l.random(50_001), l.large(), l.large().size());
        List<UnionSpec> grassroots = plan.unions().stream().filter(u -> u.grassroots() && u.kind().endsWith("_UNION")).toList();
        List<UnionSpec> homes = DemoLoader.sample(l.random(50_002), grassroots, grassroots.size());
        List<Member> people = DemoLoader.sample(l.random(50_003), l.members, Math.min(l.members.size(), 200));
        List<Object[]> work = new ArrayList<>();
        for (HonourSpec h : HONOURS) {
            for (int k = 0; k < h.n(); k++) {
                work.add(new Object[] {h, work.size()});
            }
        }
        l.parallel(work.size(), i -> {
            HonourSpec h = (HonourSpec) work.get(i)[0];
            int year = today.getYear() - i % 4;
            LocalDate awarded = LocalDate.of(year, 4, 28).isBefore(today) ? LocalDate.of(year, 4, 28) : today.minusDays(1);
            Map<String, Object> body = obj("kind", h.kind(), "level", h.level(), "year", year, "recipientType", h.recipient(),
                    "title", h.title(), "awardedOn", awarded, "rewardFen", h.rewardFen() > 0 ? h.rewardFen() : null);
            switch (h.recipient()) {
                case "TEAM", "ENTERPRISE" -> {
                    EnterpriseSpec e = large.get(i % large.size());
                    body.put("enterpriseId", l.enterpriseIds[e.index()]);
                    body.put("unionId", l.unionIds[e.union()]);
                    if (h.recipient().equals("TEAM")) {
                        body.put("teamName", List.of("生产一车间", "研发中心", "质检班组", "运维班", "客服中心").get(i % 5));
                    }
                }
                case "UNION" -> {
                    UnionSpec u = homes.get(i % homes.size());
                    body.put("recipientUnionId", l.unionIds[u.index()]);
                    body.put("unionId", l.unionIds[u.index()]);
                }
                default -> {
                    Member m = people.get(i % people.size());
                    body.put("memberId", m.id());
                    body.put("unionId", m.unionId());
                }
            }
            api.postOnce(url, admin, body);
            l.count("membership.moreHonours");
        });
        // nominations: 全国先进工作者 (one conferred, one not, one pending) and 市级示范职工之家 (two of four conferred)
        int year = today.getYear();
        LocalDate nominated = today.minusDays(60);
        l.parallel(7, i -> {
            boolean member = i < 3;
            Map<String, Object> body = obj("kind", member ? "ADVANCED_WORKER" : "DEMONSTRATION_WORKERS_HOME",
                    "level", member ? "NATIONAL" : "PROVINCIAL", "year", year, "recipientType", member ? "MEMBER" : "UNION",
                    "title", member ? "全国先进工作者" : "北京市示范职工之家", "status", "NOMINATED", "nominatedOn", nominated);
            if (member) {
                Member m = people.get(people.size() - 1 - i);
                body.put("memberId", m.id());
                body.put("unionId", m.unionId());
            } else {
                UnionSpec u = homes.get(homes.size() - i);
                body.put("recipientUnionId", l.unionIds[u.index()]);
                body.put("unionId", l.unionIds[u.index()]);
            }
            Answer h = api.post(url, admin, body, l.key("nomination", i), false);
            String outcome = i == 0 || i == 3 || i == 4 ? "CONFERRED" : i == 1 || i == 5 ? "NOT_CONFERRED" : null;
            if (outcome != null && "NOMINATED".equals(h.body().path("status").asText())) {
                Answer current = api.get(url + "/" + h.id(), admin);
                api.postStep(url + "/" + h.id() + "/decision", admin, obj("outcome", outcome, "on", today.minusDays(10)),
                        current.etag());
            }
            l.count("membership.moreHonours");
        });
    }

    /** Service points of the kinds the main phase leaves out, and subsidies and equipment for its homes and rooms. */
    private void servicePoints() {
        String url = l.urls.membership() + "/api/v1/service-points";
        List<UnionSpec> streets = plan.unions().stream().filter(u -> u.parent() == 0).toList();
        List<UnionSpec> grassroots = plan.unions().stream().filter(UnionSpec::grassroots).toList();
        List<Object[]> points = new ArrayList<>();
        for (int s = 0; s < streets.size(); s++) {
            UnionSpec u = streets.get(s);
            String street = u.name().replace("总工会", "").replace("工会联合会", "");
            points.add(new Object[] {u, "SERVICE_STATION", street + "工会服务站"});
            if (s % 3 == 0) {
                points.add(new Object[] {u, "HEART_STATION", street + "职工心灵驿站"});
            }
            if (s % 4 == 0) {
                points.add(new Object[] {u, "ACTIVITY_CENTRE", street + "区域职工活动中心"});
            }
            if (s % 8 == 1) {
                points.add(new Object[] {u, "TRAINING_BASE", street + "“大都工匠”技能培训基地"});
            }
        }
        Random r = l.random(50_010);
        String[] libraryLevels = {"NATIONAL", "PROVINCIAL", "PROVINCIAL", "MUNICIPAL", "MUNICIPAL", "MUNICIPAL"};
        List<UnionSpec> sampled = DemoLoader.sample(r, grassroots, Math.min(grassroots.size(), Math.max(12, grassroots.size() / 12)));
        for (int k = 0; k < sampled.size(); k++) {
            UnionSpec u = sampled.get(k);
            String name = u.name().replace("工会委员会", "");
            points.add(k < libraryLevels.length ? new Object[] {u, "WORKERS_LIBRARY", name + "职工书屋", libraryLevels[k]}
                    : new Object[] {u, "MICRO_CLASSROOM", name + "职工微课堂"});
        }
        l.parallel(points.size(), i -> {
            UnionSpec u = (UnionSpec) points.get(i)[0];
            String kind = (String) points.get(i)[1];
            Random pr = l.random(51_000 + i);
            LocalDate opened = DemoPlan.dayBetween(pr, later(u.foundedOn().plusDays(1), today.minusYears(5)), today.minusDays(1));
            boolean station = kind.equals("SERVICE_STATION");
            Answer p = api.post(url, admin, obj("kind", kind, "name", points.get(i)[2], "unionId", l.unionIds[u.index()],
                    "address", Names.address(pr, "黄村镇"), "amenities", List.of("饮水", "休息座椅", "充电"),
                    "stars", station ? 3 + pr.nextInt(3) : null, "latitude", 39.65 + pr.nextDouble() * 0.15,
                    "longitude", 116.25 + pr.nextDouble() * 0.25, "openedOn", opened, "combinedWithUnion", station && i % 3 != 2,
                    "recognitionLevel", points.get(i).length > 3 ? points.get(i)[3] : null), l.key("more-point", i), false);
            String point = url + "/" + p.id();
            if (station) {
                LocalDate rated = DemoPlan.dayBetween(pr, opened, today.minusDays(1));
                api.post(point + "/ratings", admin, obj("stars", 3 + pr.nextInt(3), "ratedBy", "大兴区总工会",
                        "ratedOn", rated, "batch", rated.getYear() + "年星级评定"), l.key("point-rating", i), false);
                api.post(point + "/inspections", admin, obj("kind", "STANDARDISATION", "result", i % 5 == 4 ? "FAILED" : "PASSED",
                        "inspectedOn", rated, "inspector", "大兴区总工会基层工作部"), l.key("point-inspection", i), false);
            }
            if (kind.equals("HEART_STATION") || kind.equals("TRAINING_BASE")) {
                api.post(point + "/fundings", admin, obj("amountFen", (5 + pr.nextInt(20)) * 1_000_000L, "source", "区总工会",
                        "purpose", kind.equals("HEART_STATION") ? "OPERATION" : "CONSTRUCTION", "paidOn", opened),
                        l.key("more-point-funding", i), false);
            }
            l.count("membership.morePoints");
        });
        // 重点培育职工之家 get a subsidy, 母婴关爱室 their equipment, from the points the main phase registered
        for (String kind : List.of("WORKERS_HOME", "MOTHER_BABY_ROOM")) {
            List<JsonNode> found = new ArrayList<>();
            api.get(url + "?unionId=" + l.unionIds[0] + "&kind=" + kind + "&limit=200", admin).body().path("items").forEach(found::add);
            found.sort(Comparator.comparing((JsonNode n) -> n.path("name").asText()));
            List<JsonNode> chosen = DemoLoader.sample(l.random(50_020 + kind.length()), found, Math.max(1, found.size() / 3));
            l.parallel(chosen.size(), i -> {
                JsonNode point = chosen.get(i);
                LocalDate from = later(LocalDate.parse(point.path("openedOn").asText(today.minusYears(1).toString())), today.minusYears(4));
                boolean home = kind.equals("WORKERS_HOME");
                api.post(url + "/" + point.path("id").asLong() + "/fundings", admin, obj("amountFen", home ? 5_000_000L : 1_500_000L,
                        "source", "区总工会", "purpose", home ? "SUBSIDY" : "EQUIPMENT",
                        "paidOn", DemoPlan.dayBetween(l.random(52_000 + i), from, today.minusDays(1))), l.key("funding-" + kind, i), false);
            });
        }
    }

    /** 园区, 社区, 重点楼宇 and 自然片 of each street; those a joint union covers, and some not covered yet. */
    private void areas() {
        String url = l.urls.membership() + "/api/v1/areas";
        List<Object[]> areas = new ArrayList<>();
        for (UnionSpec u : plan.unions()) {
            String kind = switch (u.kind()) {
                case "COMMUNITY_JOINT_UNION" -> "COMMUNITY";
                case "BUILDING_UNION" -> "KEY_BUILDING";
                case "ONE_STREET_UNION" -> "NATURAL_BLOCK";
                case "INDUSTRIAL_PARK_FEDERATION" -> "PARK";
                default -> null;
            };
            if (kind != null) {
                UnionSpec territory = kind.equals("PARK") ? u : plan.unions().get(u.parent());
                String name = u.name().replace("社区联合工会", "社区").replace("楼宇工会", "").replace("一条街工会", "片区")
                        .replace("工会联合会", "园区");
                areas.add(new Object[] {kind, name, territory, u});
            }
        }
        Random r = l.random(50_030);
        List<UnionSpec> streets = plan.unions().stream().filter(u -> u.kind().equals("STREET_TOWN_FEDERATION")).toList();
        for (int k = 0; k < Math.max(6, areas.size() / 4); k++) {
            UnionSpec street = streets.get(k % streets.size());
            String name = street.name().replace("总工会", "");
            String kind = List.of("COMMUNITY", "KEY_BUILDING", "NATURAL_BLOCK").get(k % 3);
            areas.add(new Object[] {kind, name + switch (kind) {
                case "COMMUNITY" -> Names.pick(r, Names.COMMUNITIES) + "新村社区(" + k + ")";
                case "KEY_BUILDING" -> Names.pick(r, Names.BRAND) + Names.pick(r, Names.BRAND) + "商务中心(" + k + ")";
                default -> Names.pick(r, Names.ROADS) + "片区(" + k + ")";
            }, street, null});
        }
        l.parallel(areas.size(), i -> {
            Object[] a = areas.get(i);
            UnionSpec covering = (UnionSpec) a[3];
            api.post(url, admin, obj("kind", a[0], "name", a[1], "unionId", l.unionIds[((UnionSpec) a[2]).index()],
                    "coveredByUnionId", covering == null ? null : l.unionIds[covering.index()],
                    "coveredOn", covering == null ? null : covering.foundedOn()), l.key("area", i), false);
            l.count("membership.areas");
        });
    }

    /** Chairs and workers of the federations and of the unions whose members the loader knows; their training. */
    private void cadresAndTraining() {
        String url = l.urls.membership() + "/api/v1/cadres";
        List<Object[]> cadres = new ArrayList<>();
        for (UnionSpec u : plan.unions()) {
            if (!u.grassroots()) {
                cadres.add(new Object[] {u, "CHAIR", true, null});
                cadres.add(new Object[] {u, "OFFICER", true, null});
                cadres.add(new Object[] {u, "WORKER", true, null});
                cadres.add(new Object[] {u, "WORKER", u.index() % 2 == 0, null});
            }
        }
        for (Map.Entry<Long, List<Member>> e : l.membersByUnion.entrySet()) {
            List<Member> ms = e.getValue();
            if (!ms.isEmpty()) {
                cadres.add(new Object[] {null, "CHAIR", false, ms.get(0)});
                if (ms.size() > 20) {
                    cadres.add(new Object[] {null, "WORKER", false, ms.get(1)});
                }
            }
        }
        long[] ids = new long[cadres.size()];
        l.parallel(cadres.size(), i -> {
            Object[] c = cadres.get(i);
            Random cr = l.random(53_000 + i);
            Member m = (Member) c[3];
            UnionSpec u = (UnionSpec) c[0];
            LocalDate from = DemoPlan.dayBetween(cr, m != null ? later(m.person().joinedOn(), today.minusYears(6))
                    : later(u.foundedOn(), today.minusYears(6)), today.minusDays(1));
            ids[i] = api.post(url, admin, obj("unionId", m != null ? m.unionId() : l.unionIds[u.index()],
                    "name", m != null ? m.person().name() : Names.person(cr), "memberId", m != null ? m.id() : null,
                    "role", c[1], "fullTime", c[2], "fromOn", from), l.key("cadre", i), false).id();
            l.count("membership.cadres");
        });
        List<Long> all = new ArrayList<>();
        for (long id : ids) {
            all.add(id);
        }
        String[][] trainings = {{"IN_HOUSE", "工会干部业务能力提升培训班"}, {"IN_HOUSE", "基层工会主席履职培训"},
            {"STUDY_TRIP", "赴外省市工会交流学习"}, {"LECTURE", "工会法律法规专题讲座"}};
        l.parallel(4 * trainings.length, i -> {
            Random tr = l.random(54_000 + i);
            int year = today.getYear() - i / trainings.length;
            String[] t = trainings[i % trainings.length];
            LocalDate held = DemoPlan.dayBetween(tr, LocalDate.of(year, 3, 1), year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 11, 30));
            api.post(l.urls.membership() + "/api/v1/trainings", admin, obj("unionId", l.unionIds[0], "title", year + "年" + t[1],
                    "mode", t[0], "heldOn", held, "cadreIds", DemoLoader.sample(tr, all, Math.min(all.size(), 15 + tr.nextInt(30))),
                    "otherAttendees", tr.nextInt(40)), l.key("training", i), false);
            l.count("membership.trainings");
        });
    }

    /** 工会法人变更 of one grassroots union in ten: the union's own credit code and its new representative. */
    private void legalPersonChanges() {
        List<UnionSpec> changed = plan.unions().stream().filter(u -> u.grassroots() && u.index() % 10 == 3).toList();
        l.parallel(changed.size(), i -> {
            UnionSpec u = changed.get(i);
            Random ur = l.random(55_000 + i);
            String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            StringBuilder code = new StringBuilder("81").append(Names.DISTRICT_CODE).append("MC");
            for (int k = 0; k < 7; k++) {
                code.append(charset.charAt(ur.nextInt(charset.length())));
            }
            String union = l.urls.membership() + "/api/v1/unions/" + l.unionIds[u.index()];
            Answer current = api.get(union, admin);
            api.postStep(union + "/legal-person", admin, obj("creditCode", UnifiedSocialCreditCode.complete(code.toString()),
                    "representative", Names.person(ur), "changedOn", DemoPlan.dayBetween(ur, later(u.foundedOn().plusDays(1),
                            today.minusYears(4)), today.minusDays(1))), current.etag());
            l.count("membership.legalPersonChanges");
        });
    }

    // ---------------------------------------------------------------- bargaining

    private void bargaining() {
        l.start();
        String b = l.urls.bargaining() + "/api/v1";
        renewals(b);
        List<EnterpriseSpec> large = l.large();
        List<EnterpriseSpec> csr = DemoLoader.sample(l.random(56_001), large, Math.max(5, large.size() / 3));
        l.parallel(csr.size(), i -> {
            EnterpriseSpec e = csr.get(i);
            Random cr = l.random(56_100 + i);
            LocalDate joined = DemoPlan.dayBetween(cr, later(e.registeredOn().plusDays(1), today.minusYears(5)), today.minusDays(200));
            if (joined.isAfter(today.minusDays(200))) {
                return; // registered too lately to have been graded
            }
            LocalDate graded = joined.plusDays(30 + cr.nextInt(90));
            api.putOnce(b + "/csr/" + l.enterpriseIds[e.index()], admin, obj("joinedOn", joined, "grade", i % 3 == 2 ? "B" : "A",
                    "gradedOn", graded, "reviewedOn", i % 3 == 0 ? DemoPlan.dayBetween(cr, graded.plusDays(1), today.minusDays(1)) : null));
            l.count("bargaining.csr");
        });
        List<EnterpriseSpec> covered = plan.enterprises().stream().filter(e -> plan.unions().get(e.union()).grassroots()).toList();
        List<EnterpriseSpec> sampled = DemoLoader.sample(l.random(56_002), covered, Math.max(10, covered.size() / 15));
        l.parallel(sampled.size(), i -> {
            EnterpriseSpec e = sampled.get(i);
            int year = today.getYear() - i % 3;
            LocalDate done = year == today.getYear() ? today.minusDays(1 + i % 60) : LocalDate.of(year, 10, 15);
            if (done.isAfter(e.registeredOn())) {
                api.postOnce(b + "/harmony-samples", admin, obj("enterpriseId", l.enterpriseIds[e.index()], "year", year,
                        "completedOn", done));
                l.count("bargaining.harmonySamples");
            }
        });
        List<EnterpriseSpec> sites = large.subList(0, Math.min(large.size(), 5));
        l.parallel(sites.size(), i -> api.postOnce(b + "/harmony-sites", admin, obj("enterpriseId",
                l.enterpriseIds[sites.get(i).index()], "level", "DISTRICT", "designatedOn", today.minusDays(30 + 100L * i))));
        List<EnterpriseSpec> models = DemoLoader.sample(l.random(56_003), large, Math.max(3, large.size() / 4));
        l.parallel(models.size(), i -> {
            api.postOnce(b + "/model-enterprises", admin, obj("enterpriseId", l.enterpriseIds[models.get(i).index()],
                    "year", today.getYear(), "recognisedOn", today.withDayOfYear(1).isBefore(today.minusDays(20))
                            ? today.minusDays(20) : today.minusDays(1), "notes", "集体协商典型示范企业"));
            l.count("bargaining.modelEnterprises");
        });
        List<UnionSpec> grassroots = plan.unions().stream().filter(u -> u.grassroots() && plan.unions().get(u.parent()).parent() == 0).toList();
        List<UnionSpec> jointly = DemoLoader.sample(l.random(56_004), grassroots, Math.max(5, grassroots.size() / 10));
        l.parallel(jointly.size(), i -> {
            api.post(b + "/tripartite-inspections", admin, obj("unionId", l.unionIds[jointly.get(i).index()], "inspectedOn",
                    DemoPlan.dayBetween(l.random(56_200 + i), later(jointly.get(i).foundedOn().plusDays(1), today.minusYears(4)), today.minusDays(1)),
                    "partners", "区人力资源和社会保障局、区工商业联合会、区企业联合会", "findings", "集体协商程序规范,合同履行情况良好"),
                    l.key("tripartite", i), true);
            l.count("bargaining.tripartiteInspections");
        });
        l.parallel(3, i -> api.post(b + "/instructors", admin, obj("unionId", l.unionIds[0], "name", Names.person(l.random(56_300 + i)),
                "level", "PROVINCIAL", "appointedOn", today.minusYears(3).plusDays(40L * i)), l.key("city-instructor", i), true));
        l.parallel(8, i -> {
            int year = today.getYear() - i / 2;
            LocalDate held = year == today.getYear() ? today.minusDays(20 + 60L * (i % 2)) : LocalDate.of(year, 5 + 4 * (i % 2), 18);
            Random tr = l.random(56_400 + i);
            api.post(b + "/trainings", admin, obj("unionId", l.unionIds[0], "heldOn", held, "topic", year + "年集体协商专题培训",
                    "chairsAttending", 40 + tr.nextInt(60), "othersAttending", tr.nextInt(30)), l.key("bargaining-training", i), true);
            l.count("bargaining.trainings");
        });
        l.done("bargaining: renewals, CSR, harmony samples and sites, model enterprises, joint inspections, training",
                "bargaining.renewals", "bargaining.csr", "bargaining.harmonySamples", "bargaining.modelEnterprises",
                "bargaining.tripartiteInspections", "bargaining.trainings");
    }

    /** 到期续签: most contracts whose renewal window opened far enough back are renewed through the same steps. */
    private void renewals(String b) {
        List<long[]> due = new ArrayList<>();
        synchronized (l.signedContracts) {
            due.addAll(l.signedContracts);
        }
        due.sort(Comparator.comparingLong((long[] c) -> c[2]).thenComparingLong(c -> c[1]));
        l.parallel(due.size(), i -> {
            long[] c = due.get(i);
            Random rr = l.random(57_000 + i);
            LocalDate signed = LocalDate.ofEpochDay(c[2]);
            LocalDate expires = signed.plusDays(1).plusMonths(36).minusDays(1);
            LocalDate offered = expires.minusMonths(3).plusDays(5 + rr.nextInt(40));
            if (offered.isAfter(today.minusDays(70)) || rr.nextInt(10) == 0) {
                return; // not due yet, or left to lapse
            }
            Answer renewal = api.post(b + "/contracts/" + c[0] + "/renewal", admin, obj("offeredOn", offered, "initiator", "UNION",
                    "title", offered.getYear() + "年续签集体合同"), l.key("renewal", c[0] % 1_000_000), false);
            l.count("bargaining.renewals");
            l.bargainThrough(b + "/contracts/" + renewal.id(), offered, rr, "renewal-", i);
        });
    }

    // ---------------------------------------------------------------- mediation

    private void mediation() {
        l.start();
        String m = l.urls.mediation() + "/api/v1";
        List<Object[]> roles = new ArrayList<>();
        for (UnionSpec u : plan.unions()) {
            if (u.parent() == 0) {
                roles.add(new Object[] {u, "LABOUR_LAW_SUPERVISOR"});
                roles.add(new Object[] {u, "LABOUR_LAW_SUPERVISOR"});
            } else if (u.kind().equals("COMMUNITY_JOINT_UNION")) {
                roles.add(new Object[] {u, "TRIPARTITE_COORDINATOR"});
            } else if (u.kind().equals("ENTERPRISE_UNION") && u.index() % 7 == 0) {
                roles.add(new Object[] {u, "LABOUR_LAW_SUPERVISOR"});
            }
        }
        l.parallel(roles.size(), i -> {
            UnionSpec u = (UnionSpec) roles.get(i)[0];
            Random ar = l.random(58_000 + i);
            api.post(m + "/appointments", admin, obj("unionId", l.unionIds[u.index()], "role", roles.get(i)[1], "name", Names.person(ar),
                    "appointedOn", DemoPlan.dayBetween(ar, later(u.foundedOn().plusDays(1), today.minusYears(5)), today.minusDays(1))),
                    l.key("appointment", i), true);
            l.count("mediation.appointments");
        });
        // group incidents the street centres helped the government settle (协助化解), 15 to 80 workers each
        List<JsonNode> centres = new ArrayList<>();
        api.get(m + "/centres?limit=200", admin).body().path("items").forEach(c -> {
            if ("TOWN_CENTRE".equals(c.path("kind").asText())) {
                centres.add(c);
            }
        });
        centres.sort(Comparator.comparing((JsonNode c) -> c.path("name").asText()));
        int incidents = centres.isEmpty() ? 0 : Math.max(6, plan.people().size() / 8000);
        l.parallel(incidents, i -> {
            Random cr = l.random(58_500 + i);
            JsonNode centre = centres.get(i % centres.size());
            var p = plan.people().get(cr.nextInt(plan.people().size()));
            LocalDate received = DemoPlan.dayBetween(cr, today.minusYears(4), today.minusDays(20));
            api.post(m + "/cases", admin, obj("centreId", centre.path("id").asLong(), "unionRole", "ASSISTING", "name", p.name(),
                    "idNumber", p.idNumber(), "phone", p.phone() == null ? "13800000000" : p.phone(), "stillEmployed", false,
                    "employmentEndedOn", received.minusDays(1 + cr.nextInt(30)), "respondentName", Names.company(cr),
                    "facts", "项目完工后施工方拖欠农民工工资,工人集体上访", "channel", "TOWN_UNION_REFERRAL",
                    "workersInvolved", 15 + cr.nextInt(66), "representatives", 3,
                    "claims", List.of(obj("category", "UNPAID_WAGES", "claimedFen", (50 + cr.nextInt(300)) * 1_000_000L)),
                    "receivedOn", received), l.key("incident", i), true);
            l.count("mediation.assistedIncidents");
        });
        l.done("mediation: supervisors, coordinators, assisted group incidents", "mediation.appointments",
                "mediation.assistedIncidents");
    }

    // ---------------------------------------------------------------- assistance

    /** A campaign taking applications now, with whom it helps and how much. */
    private record Campaign(String name, String kind, String help, String eligibility, boolean womenOnly, String category,
            long minFen, long maxFen, int people, boolean paid) {
    }

    private void assistance() {
        l.start();
        String a = l.urls.assistance() + "/api/v1";
        JsonNode funds = api.get(a + "/funds?unionId=" + l.unionIds[0] + "&limit=50", l.fundManager).body();
        long warm = 0;
        for (JsonNode f : funds.path("items")) {
            if ("WARM".equals(f.path("kind").asText())) {
                warm = f.path("id").asLong();
            }
        }
        int n = Math.max(8, plan.people().size() / 5000);
        List<Campaign> campaigns = List.of(
                new Campaign("高温送清凉", "SUMMER_RELIEF", "CASH", "MEMBER", false, "FRONTLINE", 20_000, 50_000, n * 3, true),
                new Campaign("职工意外伤害补助", "ACCIDENT", "CASH", "MEMBER", false, "OTHER", 100_000, 500_000, n / 2, true),
                new Campaign("职工医疗互助补助", "MEDICAL_MUTUAL_AID", "CASH", "MEMBER", false, "OTHER", 50_000, 300_000, n, true),
                new Campaign("困难女职工“两癌”筛查", "SCREENING", "IN_KIND", "MEMBER", true, "HARDSHIP", 30_000, 30_000, n * 2, true),
                new Campaign("困难职工过节费", "FESTIVAL_ALLOWANCE", "CASH", "HARDSHIP_FILE", false, "HARDSHIP", 50_000, 50_000, 0, true),
                new Campaign("突发疾病救助", "EMERGENCY_MEDICAL", "CASH", "HARDSHIP_FILE", false, "HARDSHIP", 200_000, 1_000_000, 0, true),
                new Campaign("劳模慰问", "MODEL_WORKER_CARE", "CASH", "MEMBER", false, "MODEL_WORKER", 100_000, 100_000, n / 2, true),
                new Campaign("职业发展助推", "CAREER_BOOST", "CASH", "MEMBER", false, "OTHER", 100_000, 300_000, n, false));
        for (int c = 0; c < campaigns.size(); c++) {
            Campaign k = campaigns.get(c);
            long id = api.post(a + "/campaigns", admin, obj("unionId", l.unionIds[0], "name", today.getYear() + "年" + k.name(),
                    "kind", k.kind(), "help", k.help(), "eligibility", k.eligibility(), "womenOnly", k.womenOnly() ? true : null,
                    "fundId", k.help().equals("CASH") ? warm : null, "minAmountFen", k.minFen(), "maxAmountFen", k.maxFen(),
                    "budgetFen", 100_000_000L, "opensOn", today.minusDays(25), "closesOn", today.plusDays(35), "noticeDays", 0),
                    l.key("more-campaign", c), true).id();
            l.count("assistance.moreCampaigns");
            grants(a, c, k, id);
        }
        // the units that gave most are commended (表彰捐款先进单位)
        List<EnterpriseSpec> donors = DemoLoader.sample(l.random(3), l.large(), Math.min(l.large().size(), Math.max(20, l.large().size() / 4)));
        List<EnterpriseSpec> commended = donors.subList(0, Math.max(1, donors.size() / 4));
        l.parallel(commended.size(), i -> {
            EnterpriseSpec e = commended.get(i);
            api.postOnce(a + "/donor-commendations", admin, obj("unionId", l.unionIds[0], "donorName", e.name(), "donorKind", "UNIT",
                    "title", today.getYear() + "年度捐款先进单位(" + e.name() + ")", "commendedOn", today.minusDays(1)));
            l.count("assistance.donorsCommended");
        });
        l.done("assistance: summer relief, accident, mutual aid, screening, festival, emergency, model workers, career boost",
                "assistance.moreCampaigns", "assistance.moreGrants", "assistance.donorsCommended");
    }

    private void grants(String a, int c, Campaign k, long campaign) {
        boolean files = k.eligibility().equals("HARDSHIP_FILE");
        List<Member> eligible = l.members.stream().filter(m -> !k.womenOnly()
                || (m.person().idNumber().charAt(16) - '0') % 2 == 0).toList();
        int n = files ? Math.min(l.hardshipFiles.length, Math.max(5, l.hardshipFiles.length / (k.kind().equals("FESTIVAL_ALLOWANCE") ? 4 : 10)))
                : k.people();
        List<Member> people = files ? List.of() : DemoLoader.sample(l.random(59_000 + c), eligible, n);
        l.parallel(files ? n : people.size(), i -> {
            Random gr = l.random(59_100 + c * 10_000L + i);
            long amount = k.minFen() == k.maxFen() ? k.minFen() : (k.minFen() + (long) (gr.nextDouble() * (k.maxFen() - k.minFen()))) / 10_000 * 10_000;
            Map<String, Object> body = obj("campaignId", campaign, "category", k.category(), "amountFen", amount,
                    "inKind", k.help().equals("IN_KIND") ? "乳腺癌、宫颈癌免费筛查一次" : null, "reason", k.name());
            if (files) {
                body.put("fileId", l.hardshipFiles[i]);
            } else {
                Member m = people.get(i);
                body.put("unionId", m.unionId());
                body.put("idNumber", m.person().idNumber());
                body.put("name", m.person().name());
                body.put("migrant", !m.person().idNumber().startsWith("11"));
            }
            Answer g = api.post(a + "/grants", admin, body, l.key("more-grant-" + c, i), true);
            if (k.paid() || i % 2 == 0) {
                String grant = a + "/grants/" + g.id();
                api.postStep(grant + "/verification", admin, obj("findings", "核实情况属实"), null);
                api.postStep(grant + "/approval", admin, obj("decisionRef", "大工帮审〔" + today.getYear() + "〕" + k.kind() + "-" + i), null);
                if (k.paid()) {
                    api.postStep(grant + "/disbursement", l.fundManager, obj("paymentReference",
                            "PAY-" + plan.seed() + "-" + k.kind() + "-" + i), null);
                }
            }
            l.count("assistance.moreGrants");
        });
    }

    // ---------------------------------------------------------------- benefits

    private void benefits() {
        l.start();
        String s = l.urls.benefits() + "/api/v1";
        employment(s);
        childcare(s);
        purchasedServices(s);
        giveaways(s);
        skills(s);
        community(s);
        moreActivities(s);
        l.done("benefits: employment, childcare, purchased services, giveaways, skills, clubs, courses, competitions",
                "benefits.jobFairs", "benefits.jobPostings", "benefits.childcareDemands", "benefits.children",
                "benefits.serviceDeliveries", "benefits.giveawayEntries", "benefits.qualifications", "benefits.innovations",
                "benefits.clubs", "benefits.onlineLearners", "benefits.placings", "benefits.moreActivities");
    }

    private List<UnionSpec> streets() {
        return plan.unions().stream().filter(u -> u.parent() == 0).toList();
    }

    /** 春风行动 job fairs of the district and the streets, and postings, over four years. */
    private void employment(String s) {
        List<UnionSpec> streets = streets();
        List<Object[]> fairs = new ArrayList<>();
        for (int y = today.getYear() - 3; y <= today.getYear(); y++) {
            fairs.add(new Object[] {0, y + "年春风行动专场招聘会", LocalDate.of(y, 2, 26)});
            fairs.add(new Object[] {0, y + "年民营企业招聘周专场招聘会", LocalDate.of(y, 5, 20)});
            for (int k = y % 2; k < streets.size(); k += 2) {
                fairs.add(new Object[] {streets.get(k).index(), y + "年" + streets.get(k).name().replace("总工会", "") + "招聘会",
                        LocalDate.of(y, 3, 10 + k)});
            }
        }
        fairs.removeIf(f -> !((LocalDate) f[2]).isBefore(today));
        l.parallel(fairs.size(), i -> {
            Random fr = l.random(60_000 + i);
            int employers = 10 + fr.nextInt(60);
            int visitors = 300 + fr.nextInt(2000);
            api.post(s + "/job-fairs", admin, obj("unionId", l.unionIds[(Integer) fairs.get(i)[0]], "title", fairs.get(i)[1],
                    "heldOn", fairs.get(i)[2], "employers", employers, "positions", employers * (10 + fr.nextInt(30)),
                    "visitors", visitors, "intentions", visitors / (4 + fr.nextInt(6))), l.key("job-fair", i), true);
            l.count("benefits.jobFairs");
        });
        int postings = Math.max(20, plan.people().size() / 1000);
        l.parallel(postings, i -> {
            Random pr = l.random(61_000 + i);
            EnterpriseSpec e = plan.enterprises().get(pr.nextInt(plan.enterprises().size()));
            api.post(s + "/job-postings", admin, obj("unionId", l.unionIds[streets.get(i % streets.size()).index()],
                    "employer", e.name(), "title", List.of("普工", "仓库管理员", "电工", "客服专员", "厨师", "保洁员", "叉车司机").get(pr.nextInt(7)),
                    "positions", 1 + pr.nextInt(20), "publishedOn", DemoPlan.dayBetween(pr, today.minusYears(4), today.minusDays(1))),
                    l.key("job-posting", i), true);
            l.count("benefits.jobPostings");
        });
    }

    /** 暑期托管班 demand of the streets, past summers' classes and 小候鸟 camps, and this winter's class taking children. */
    private void childcare(String s) {
        List<UnionSpec> streets = streets();
        List<int[]> demands = new ArrayList<>();
        for (int y = today.getYear() - 3; y <= today.getYear(); y++) {
            for (int k = 0; k < streets.size(); k++) {
                if ((k + y) % 3 != 0 && LocalDate.of(y, 5, 15).isBefore(today)) {
                    demands.add(new int[] {y, k});
                }
            }
        }
        l.parallel(demands.size(), i -> {
            Random dr = l.random(62_000 + i);
            int[] d = demands.get(i);
            api.postOnce(s + "/childcare-demands", admin, obj("unionId", l.unionIds[streets.get(d[1]).index()], "year", d[0],
                    "classesRequested", 1 + dr.nextInt(4), "children", 20 + dr.nextInt(100), "reportedOn", LocalDate.of(d[0], 5, 15)));
            l.count("benefits.childcareDemands");
        });
        List<Object[]> classes = new ArrayList<>();
        for (int y = today.getYear() - 3; y <= today.getYear(); y++) {
            if (LocalDate.of(y, 8, 20).isBefore(today)) {
                for (int k = y % 4; k < streets.size(); k += 4) {
                    classes.add(new Object[] {streets.get(k).index(), y + "年" + streets.get(k).name().replace("总工会", "") + "暑期托管班",
                        "SUMMER_CHILDCARE", LocalDate.of(y, 7, 10), LocalDate.of(y, 8, 20)});
                }
                classes.add(new Object[] {0, y + "年“小候鸟”夏令营", "CHILDRENS_CAMP", LocalDate.of(y, 7, 20), LocalDate.of(y, 7, 26)});
            }
        }
        l.parallel(classes.size(), i -> {
            Object[] c = classes.get(i);
            api.post(s + "/activities", admin, obj("unionId", l.unionIds[(Integer) c[0]], "title", c[1], "category", c[2],
                    "audience", "ALL_WORKERS", "places", 60, "costFen", (20 + i % 30) * 100_000L, "startsOn", c[3], "endsOn", c[4]),
                    l.key("childcare-class", i), true);
            l.count("benefits.moreActivities");
        });
        // this winter's class and camp began yesterday and still take children from the members' phones
        List<Member> parents = DemoLoader.sample(l.random(62_500), l.members, Math.min(l.members.size(), 80));
        for (int c = 0; c < 2; c++) {
            boolean camp = c == 1;
            Answer act = api.post(s + "/activities", admin, obj("unionId", l.unionIds[0], "title", today.getYear()
                    + (camp ? "年“小候鸟”冬令营" : "年职工子女冬季托管班"), "category", camp ? "CHILDRENS_CAMP" : "SUMMER_CHILDCARE",
                    "audience", "ALL_WORKERS", "places", 60, "signupOpensOn", today.minusDays(10), "signupClosesOn", today.plusDays(10),
                    "startsOn", today.minusDays(1), "endsOn", today.plusDays(camp ? 5 : 40)), l.key("childcare-now", c), true);
            List<Member> these = camp ? parents.stream().filter(m -> !m.person().idNumber().startsWith("11")).limit(45).toList()
                    : parents.subList(0, parents.size() / 2);
            int which = c;
            l.parallel(these.size(), i -> {
                Member m = these.get(i);
                api.post(s + "/activities/" + act.id() + "/children", l.tokens.member(m.id()), obj("birthYear",
                        today.getYear() - 6 - i % 7, "migrant", !m.person().idNumber().startsWith("11")), l.key("child-" + which, i), true);
                l.count("benefits.children");
            });
            l.count("benefits.moreActivities");
        }
    }

    /** 购买社会组织服务: projects over four years and what they delivered. */
    private void purchasedServices(String s) {
        String[][] projects = {{"职工心理健康服务", "北京心语社会工作事务所"}, {"职工法律咨询服务", "北京法援社会工作服务中心"},
            {"职工子女课后托管服务", "大兴区阳光青少年服务中心"}, {"新就业形态劳动者关爱服务", "北京同心互助公益服务社"},
            {"职工健康讲座进企业", "大兴区健康促进会"}, {"困难职工家庭探访服务", "北京惠民社会工作事务所"}};
        l.parallel(projects.length * 2, i -> {
            Random pr = l.random(63_000 + i);
            String[] p = projects[i % projects.length];
            int year = today.getYear() - i / projects.length * 2;
            LocalDate starts = LocalDate.of(year, 3, 1);
            LocalDate ends = LocalDate.of(year, 12, 31);
            Answer project = api.post(s + "/service-projects", admin, obj("unionId", l.unionIds[0], "title", year + "年" + p[0],
                    "provider", p[1], "budgetFen", (20 + pr.nextInt(80)) * 1_000_000L, "startsOn", starts, "endsOn", ends),
                    l.key("service-project", i), true);
            LocalDate last = ends.isBefore(today) ? ends : today.minusDays(1);
            for (int d = 0; d < 6 && starts.plusMonths(d).isBefore(last); d++) {
                api.post(s + "/service-projects/" + project.id() + "/deliveries", admin, obj("deliveredOn", starts.plusMonths(d).plusDays(pr.nextInt(20)),
                        "personTimes", 20 + pr.nextInt(200), "description", p[0] + "第" + (d + 1) + "次服务"), l.key("delivery-" + d, i), false);
                l.count("benefits.serviceDeliveries");
            }
        });
    }

    /** 微工会: past giveaways, and this month's e-book cards entered from the members' phones (drawn after it closes). */
    private void giveaways(String s) {
        l.parallel(6, i -> {
            LocalDate opens = today.minusMonths(3 + 6L * i);
            api.post(s + "/giveaways", admin, obj("unionId", l.unionIds[0], "title", opens.getYear() + "年"
                    + List.of("世界读书日电子图书卡", "夏日清凉礼包", "中秋月饼券", "健身卡").get(i % 4) + "抽奖", "item",
                    List.of("电子图书卡", "清凉礼包", "月饼券", "健身月卡").get(i % 4), "quantity", 100 + 50 * i, "opensOn", opens,
                    "closesOn", opens.plusDays(14)), l.key("giveaway-past", i), true);
        });
        Answer now = api.post(s + "/giveaways", admin, obj("unionId", l.unionIds[0], "title", today.getYear() + "年冬季电子图书卡赠送",
                "item", "电子图书卡", "quantity", 200, "opensOn", today.minusDays(5), "closesOn", today.plusDays(10)), l.key("giveaway", 0), true);
        List<Member> entrants = DemoLoader.sample(l.random(64_000), l.members, Math.min(l.members.size(), Math.max(100, plan.people().size() / 200)));
        l.parallel(entrants.size(), i -> {
            api.post(s + "/giveaways/" + now.id() + "/entries", l.tokens.member(entrants.get(i).id()), null, l.key("giveaway-entry", i), true);
            l.count("benefits.giveawayEntries");
        });
    }

    /** Qualifications of members, proposals and innovation projects, over four years. */
    private void skills(String s) {
        // mostly grade rises (提升技术等级) and certificates, one in ten a technician (评聘技师)
        String[][] kinds = {{"GRADE_UPGRADE", "晋升高级工"}, {"GRADE_UPGRADE", "晋升中级工"}, {"CERTIFICATE", "职业技能等级证书"},
            {"GRADE_UPGRADE", "晋升初级工"}, {"GRADE_UPGRADE", "晋升高级工"}, {"TECHNICIAN", "技师"}, {"GRADE_UPGRADE", "晋升中级工"},
            {"CERTIFICATE", "职业技能等级证书"}, {"GRADE_UPGRADE", "晋升高级工"}, {"GRADE_UPGRADE", "晋升中级工"},
            {"CERTIFICATE", "职业技能等级证书"}, {"GRADE_UPGRADE", "晋升高级工"}, {"GRADE_UPGRADE", "晋升中级工"},
            {"GRADE_UPGRADE", "晋升初级工"}, {"GRADE_UPGRADE", "晋升高级工"}, {"GRADE_UPGRADE", "晋升中级工"},
            {"CERTIFICATE", "职业技能等级证书"}, {"GRADE_UPGRADE", "晋升高级工"}, {"GRADE_UPGRADE", "晋升中级工"}, {"SENIOR_TECHNICIAN", "高级技师"}};
        List<Member> qualified = DemoLoader.sample(l.random(65_000), l.members, Math.min(l.members.size(), Math.max(50, plan.people().size() / 200)));
        l.parallel(qualified.size(), i -> {
            Member m = qualified.get(i);
            String[] k = kinds[i % kinds.length];
            api.postOnce(s + "/qualifications", admin, obj("memberId", m.id(), "kind", k[0], "title", k[1],
                    "obtainedOn", DemoPlan.dayBetween(l.random(65_100 + i), later(m.person().joinedOn(), today.minusYears(4)), today.minusDays(1))));
            l.count("benefits.qualifications");
        });
        List<Long> unions = new ArrayList<>(l.membersByUnion.keySet());
        int proposals = Math.max(40, plan.people().size() / 250);
        l.parallel(proposals + proposals / 8, i -> {
            Random ir = l.random(66_000 + i);
            boolean project = i >= proposals;
            api.post(s + "/innovations", admin, obj("unionId", unions.get(i % unions.size()), "kind", project ? "PROJECT" : "PROPOSAL",
                    "title", project ? List.of("生产线节能改造攻关", "设备故障快速诊断", "工艺流程优化", "质量检测自动化").get(i % 4)
                            : List.of("优化排班减少加班", "车间照明节电", "包装材料回收利用", "仓储动线调整").get(i % 4),
                    "submittedOn", DemoPlan.dayBetween(ir, today.minusYears(4), today.minusDays(1)),
                    "valueFen", ir.nextInt(3) == 0 && !project ? null : (project ? 500 + ir.nextInt(5000) : 5 + ir.nextInt(200)) * 100_000L,
                    "excellent", project && i % 4 == 0), l.key("innovation", i), true);
            l.count("benefits.innovations");
        });
    }

    /** Interest clubs, online courses with learners, selections and awards, chess and go tournaments with placings. */
    private void community(String s) {
        // the district's own clubs, then one or two in each grassroots union of some size
        String[] clubs = {"摄影协会", "羽毛球俱乐部", "书法协会", "徒步队", "合唱团", "太极拳队", "乒乓球俱乐部", "读书会"};
        List<UnionSpec> hosts = plan.unions().stream().filter(u -> u.grassroots() && !u.kind().equals("JOINT_UNION_GROUP")).toList();
        int n = Math.min(clubs.length + hosts.size(), Math.max(12, plan.people().size() / 900));
        l.parallel(n, i -> {
            Random cr = l.random(67_000 + i);
            UnionSpec host = i < clubs.length ? plan.unions().get(0) : hosts.get((i - clubs.length) % hosts.size());
            String name = i < clubs.length ? "区职工" + clubs[i] : host.name().replace("工会委员会", "").replace("工会", "") + clubs[i % clubs.length];
            api.post(s + "/interest-clubs", admin, obj("unionId", l.unionIds[host.index()], "name", name,
                    "foundedOn", DemoPlan.dayBetween(cr, later(host.foundedOn().plusDays(1), today.minusYears(6)), today.minusDays(1))),
                    l.key("club", i), true);
            l.count("benefits.clubs");
        });
        String[] courses = {"安全生产知识", "Excel办公技能", "电工基础", "职场沟通", "劳动法入门", "智能制造概论"};
        List<Member> learners = DemoLoader.sample(l.random(67_500), l.members, Math.min(l.members.size(), Math.max(100, plan.people().size() / 200)));
        for (int c = 0; c < courses.length; c++) {
            Answer course = api.post(s + "/online-courses", admin, obj("unionId", l.unionIds[0], "title", "线上课堂:" + courses[c],
                    "opensOn", today.minusDays(30 + 200L * c)), l.key("course", c), true);
            int first = c;
            int per = learners.size() / courses.length;
            l.parallel(per, i -> {
                api.post(s + "/online-courses/" + course.id() + "/enrolments", l.tokens.member(learners.get(first * per + i).id()), null,
                        l.key("course-" + first, i), true);
                l.count("benefits.onlineLearners");
            });
        }
        List<Member> artists = DemoLoader.sample(l.random(67_700), l.members, Math.min(l.members.size(), 30));
        l.parallel(artists.size(), i -> {
            api.postOnce(s + "/achievements", admin, obj("memberId", artists.get(i).id(), "kind", i % 3 == 0 ? "AWARD" : "SELECTION",
                    "body", List.of("北京市职工书画摄影展", "全国职工书法大赛", "大兴区职工艺术节").get(i % 3),
                    "title", i % 3 == 0 ? "优秀奖" : "入选作品", "obtainedOn", DemoPlan.dayBetween(l.random(67_800 + i), today.minusYears(3), today.minusDays(1))));
            l.count("benefits.selectionsAndAwards");
        });
        // chess and go team tournaments: the unions and the larger enterprises enter, the first places are recorded
        List<EnterpriseSpec> large = l.large().stream().filter(e -> e.headcount() >= 50).toList();
        for (int t = 0; t < 2; t++) {
            String game = t == 0 ? "中国象棋" : "围棋";
            LocalDate on = today.minusDays(40 + 120L * t);
            Answer act = api.post(s + "/activities", admin, obj("unionId", l.unionIds[0], "title", on.getYear() + "年职工" + game + "团体赛",
                    "category", "SKILLS_COMPETITION", "audience", "ALL_WORKERS", "series", "职工棋类比赛", "costFen", 3_000_000L,
                    "startsOn", on, "endsOn", on.plusDays(1)), l.key("tournament", t), true);
            List<EnterpriseSpec> teams = DemoLoader.sample(l.random(68_000 + t), large, Math.min(large.size(), 8));
            int first = t;
            l.parallel(teams.size(), i -> {
                EnterpriseSpec e = teams.get(i);
                api.postOnce(s + "/activities/" + act.id() + "/entries", admin, obj("unionId", l.unionIds[e.union()],
                        "enterpriseId", l.enterpriseIds[e.index()], "entrants", 4));
                api.postOnce(s + "/activities/" + act.id() + "/results", admin, obj("unionId", l.unionIds[e.union()], "event",
                        game + "团体赛", "entrant", plan.unions().get(e.union()).name() + (first == 0 ? "象棋队" : "围棋队"), "team", true,
                        "place", i + 1));
                l.count("benefits.placings");
            });
            l.count("benefits.moreActivities");
        }
    }

    /** 心理减压, 流动服务日 and 青年交友联谊 (heard by members under 35) over four years, with sessions and attendance. */
    private void moreActivities(String s) {
        String[][] kinds = {{"COUNSELLING", "职工团体减压活动", "ALL_WORKERS"}, {"COUNSELLING", "职工心理咨询与培训", "ALL_WORKERS"},
            {"OUTREACH_DAY", "工会流动服务日", "ALL_WORKERS"}, {"SOCIAL", "青年职工交友联谊会", "YOUNG"}};
        int n = Math.max(16, plan.people().size() / 2500);
        l.parallel(n, i -> {
            Random ar = l.random(69_000 + i);
            String[] k = kinds[i % kinds.length];
            LocalDate starts = DemoPlan.dayBetween(ar, today.minusYears(4), today.minusDays(5));
            boolean young = k[2].equals("YOUNG");
            List<Member> audience = young ? l.members.stream()
                    .filter(m -> starts.getYear() - Integer.parseInt(m.person().idNumber().substring(6, 10)) < 35).toList() : l.members;
            Answer act = api.post(s + "/activities", admin, obj("unionId", l.unionIds[0], "title", starts.getYear() + "年" + k[1],
                    "category", k[0], "audience", k[2], "costFen", (2 + ar.nextInt(20)) * 100_000L, "startsOn", starts, "endsOn", starts),
                    l.key("more-activity", i), true);
            Answer session = api.post(s + "/activities/" + act.id() + "/sessions", admin, obj("heldOn", starts,
                    "place", k[0].equals("OUTREACH_DAY") ? "企业园区广场" : "大兴区职工活动中心"), l.key("more-session", i), false);
            List<Long> came = DemoLoader.sample(ar, audience, Math.min(audience.size(), 10 + ar.nextInt(30))).stream().map(Member::id).toList();
            api.post(s + "/sessions/" + session.id() + "/attendance", admin, obj("memberIds", came, "walkIns", ar.nextInt(15)), null, true);
            l.counts.computeIfAbsent("benefits.attendances", x -> new AtomicInteger()).addAndGet(came.size());
            l.count("benefits.moreActivities");
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
