package cn.gonghui.localstack.demo;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo district's organisation and people, generated from a seed: the same seed, size and day give the same
 * records. Indexes (not server ids) link them; the loader maps them to ids as the services answer.
 */
public record DemoPlan(long seed, LocalDate today, List<UnionSpec> unions, List<EnterpriseSpec> enterprises,
        List<PersonSpec> people) {

    /** A union to found; {@code parent} is an index into {@link #unions}, -1 for the root. */
    public record UnionSpec(int index, String name, String kind, int parent, LocalDate foundedOn) {
        public boolean grassroots() {
            return !kind.endsWith("FEDERATION");
        }
    }

    public record EnterpriseSpec(int index, String creditCode, String name, String address, int headcount,
            String ownership, int union, LocalDate registeredOn, LocalDate foundedOn) {
    }

    /** A member to import; {@code enterprise} is -1 when the row names no employer. */
    public record PersonSpec(String name, String idNumber, String phone, int union, int enterprise, LocalDate joinedOn) {
    }

    static final LocalDate DISTRICT_FOUNDED = LocalDate.of(2000, 1, 1);

    public static DemoPlan generate(long seed, int members, LocalDate today) {
        if (members < 100) {
            throw new IllegalArgumentException("--members must be at least 100");
        }
        Random random = new Random(seed);
        List<UnionSpec> unions = new ArrayList<>();
        unions.add(new UnionSpec(0, Names.DISTRICT, "DISTRICT_FEDERATION", -1, DISTRICT_FOUNDED));
        List<Integer> federations = new ArrayList<>();
        for (String street : Names.STREETS) {
            federations.add(unions.size());
            unions.add(new UnionSpec(unions.size(), street + "总工会", "STREET_TOWN_FEDERATION", 0,
                    DISTRICT_FOUNDED.plusDays(random.nextInt(2000))));
        }
        for (String park : Names.PARKS) {
            federations.add(unions.size());
            unions.add(new UnionSpec(unions.size(), park + "工会联合会", "INDUSTRIAL_PARK_FEDERATION", 0,
                    LocalDate.of(2008, 1, 1).plusDays(random.nextInt(1500))));
        }

        // grassroots unions: mostly enterprise unions, then every joint form the API knows, 小三级 under communities
        int grassroots = Math.max(12, members / 150);
        while (unions.size() - federations.size() - 1 < grassroots) {
            int federation = Names.pick(random, federations);
            String street = streetOf(unions.get(federation));
            int roll = random.nextInt(100);
            LocalDate founded = grassrootsFounded(random, unions.get(federation).foundedOn(), today);
            int index = unions.size();
            if (roll < 70) {
                // named after its enterprise later; a placeholder keeps the index stable
                unions.add(new UnionSpec(index, "", "ENTERPRISE_UNION", federation, founded));
            } else if (roll < 78) {
                String community = Names.pick(random, Names.COMMUNITIES);
                unions.add(new UnionSpec(index, street + community + "社区联合工会", "COMMUNITY_JOINT_UNION", federation, founded));
                int groups = 1 + random.nextInt(2);
                for (int g = 1; g <= groups; g++) {
                    unions.add(new UnionSpec(unions.size(), street + community + "社区第" + g + "联合工会小组",
                            "JOINT_UNION_GROUP", index, notAfter(founded.plusDays(random.nextInt(60)), today)));
                }
                unions.add(new UnionSpec(unions.size(), "", "ENTERPRISE_UNION", index, notAfter(founded.plusDays(random.nextInt(90)), today)));
            } else if (roll < 83) {
                String trade = Names.pick(random, Names.TRADES);
                unions.add(new UnionSpec(index, street + trade + "行业联合工会", "INDUSTRY_JOINT_UNION", federation, founded));
            } else if (roll < 90) {
                unions.add(new UnionSpec(index, street + Names.pick(random, Names.BRAND) + Names.pick(random, Names.BRAND)
                        + "大厦楼宇工会", "BUILDING_UNION", federation, founded));
            } else if (roll < 95) {
                unions.add(new UnionSpec(index, street + Names.pick(random, Names.ROADS) + "一条街工会", "ONE_STREET_UNION",
                        federation, founded));
            } else {
                unions.add(new UnionSpec(index, street + Names.pick(random, Names.ROADS) + "改造项目工会", "PROJECT_UNION",
                        federation, founded));
            }
        }

        // enterprises: one per enterprise or project union, several per joint form, and some not yet covered
        Set<String> codes = new HashSet<>();
        List<EnterpriseSpec> enterprises = new ArrayList<>();
        for (int u = 0; u < unions.size(); u++) {
            UnionSpec union = unions.get(u);
            if (!union.grassroots()) {
                continue;
            }
            int count = switch (union.kind()) {
                case "ENTERPRISE_UNION", "PROJECT_UNION" -> 1;
                case "JOINT_UNION_GROUP" -> 2 + random.nextInt(4);
                default -> 4 + random.nextInt(10);
            };
            boolean large = count == 1;
            for (int e = 0; e < count; e++) {
                EnterpriseSpec enterprise = enterprise(random, codes, enterprises.size(), u, union, large, today,
                        streetOf(federationOf(unions, u)));
                enterprises.add(enterprise);
                if (union.name().isEmpty()) {
                    unions.set(u, new UnionSpec(u, enterprise.name().replace("有限责任公司", "").replace("股份有限公司", "")
                            .replace("有限公司", "") + "工会委员会", union.kind(), union.parent(), union.foundedOn()));
                }
            }
        }
        int uncovered = Math.max(members / 30 - enterprises.size(), enterprises.size() / 6);
        for (int e = 0; e < uncovered; e++) {
            int federation = Names.pick(random, federations);
            enterprises.add(enterprise(random, codes, enterprises.size(), federation, unions.get(federation), false, today,
                    streetOf(unions.get(federation))));
        }

        // members: shared among grassroots unions by their enterprises' headcount
        List<List<Integer>> employers = new ArrayList<>();
        long[] weight = new long[unions.size()];
        for (int u = 0; u < unions.size(); u++) {
            employers.add(new ArrayList<>());
        }
        for (EnterpriseSpec e : enterprises) {
            if (unions.get(e.union()).grassroots()) {
                employers.get(e.union()).add(e.index());
                weight[e.union()] += e.headcount();
            }
        }
        long total = 0;
        for (long w : weight) {
            total += w;
        }
        int[] share = new int[unions.size()];
        int assigned = 0;
        int biggest = 0;
        for (int u = 0; u < unions.size(); u++) {
            if (weight[u] > 0) {
                share[u] = (int) Math.max(1, members * weight[u] / total);
                assigned += share[u];
                biggest = weight[u] > weight[biggest] ? u : biggest;
            }
        }
        share[biggest] += members - assigned;
        Set<String> ids = new HashSet<>();
        List<PersonSpec> people = new ArrayList<>(members);
        for (int u = 0; u < unions.size(); u++) {
            UnionSpec union = unions.get(u);
            List<Integer> jobs = employers.get(u);
            LocalDate from = union.foundedOn().isAfter(today.minusYears(8)) ? union.foundedOn() : today.minusYears(8);
            for (int p = 0; p < share[u]; p++) {
                int enterprise = random.nextInt(10) == 0 || jobs.isEmpty() ? -1 : jobs.get(random.nextInt(jobs.size()));
                String phone = random.nextInt(5) == 0 ? null
                        : "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
                people.add(new PersonSpec(Names.person(random), idNumber(random, ids, today), phone, u, enterprise,
                        dayBetween(random, from, today.minusDays(1))));
            }
        }
        return new DemoPlan(seed, today, List.copyOf(unions), List.copyOf(enterprises), List.copyOf(people));
    }

    private static EnterpriseSpec enterprise(Random random, Set<String> codes, int index, int unionIndex, UnionSpec union,
            boolean large, LocalDate today, String street) {
        int headcount = large ? 20 + (int) Math.round(Math.exp(random.nextDouble() * Math.log(2500)))
                : 3 + random.nextInt(random.nextInt(10) == 0 ? 300 : 60);
        int o = random.nextInt(20);
        String ownership = o == 0 ? "STATE" : o == 1 ? "COLLECTIVE" : "NON_PUBLIC";
        LocalDate registeredOn = union.foundedOn().plusDays(random.nextInt(60));
        if (!registeredOn.isBefore(today)) {
            registeredOn = today.minusDays(1);
        }
        LocalDate foundedOn = registeredOn.minusDays(random.nextInt(3650));
        return new EnterpriseSpec(index, creditCode(random, codes), Names.company(random), Names.address(random, street),
                headcount, ownership, unionIndex, registeredOn, foundedOn);
    }

    /** 9 (工商) 1 (企业) + the district's code + a 9-character organisation code + the check character. */
    static String creditCode(Random random, Set<String> taken) {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (true) {
            StringBuilder code = new StringBuilder("91").append(Names.DISTRICT_CODE);
            code.append("MA0");
            for (int i = 0; i < 6; i++) {
                code.append(charset.charAt(random.nextInt(charset.length())));
            }
            String full = UnifiedSocialCreditCode.complete(code.toString());
            if (taken.add(full)) {
                return full;
            }
        }
    }

    static String idNumber(Random random, Set<String> taken, LocalDate today) {
        while (true) {
            LocalDate birth = dayBetween(random, today.minusYears(60), today.minusYears(19));
            String first17 = Names.pick(random, Names.REGIONS) + String.format("%04d%02d%02d", birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth()) + String.format("%03d", random.nextInt(1000));
            String id = ResidentIdNumber.complete(first17);
            if (taken.add(id)) {
                return id;
            }
        }
    }

    static LocalDate dayBetween(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate grassrootsFounded(Random random, LocalDate federationFounded, LocalDate today) {
        // a quarter founded in the last three years, so the recent periods have 新建工会 to count
        LocalDate from = random.nextInt(4) == 0 ? today.minusYears(3) : LocalDate.of(2008, 1, 1);
        if (from.isBefore(federationFounded)) {
            from = federationFounded;
        }
        return dayBetween(random, from, today.minusDays(30));
    }

    private static LocalDate notAfter(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? day : today.minusDays(1);
    }

    private static UnionSpec federationOf(List<UnionSpec> unions, int index) {
        UnionSpec u = unions.get(index);
        while (u.grassroots()) {
            u = unions.get(u.parent());
        }
        return u;
    }

    private static String streetOf(UnionSpec federation) {
        return federation.name().replace("总工会", "").replace("工会联合会", "");
    }

    public List<PersonSpec> peopleOf(int union) {
        return people.stream().filter(p -> p.union() == union).toList();
    }
}
