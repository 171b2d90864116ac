package cn.gonghui.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theSameSeedGivesTheSameDistrict() {
        assertThat(DemoPlan.generate(7, 3000, TODAY)).isEqualTo(DemoPlan.generate(7, 3000, TODAY));
    }

    @Test
    void anotherSeedGivesAnotherDistrict() {
        DemoPlan a = DemoPlan.generate(7, 3000, TODAY);
        DemoPlan b = DemoPlan.generate(8, 3000, TODAY);
        assertThat(b.people()).isNotEqualTo(a.people());
        assertThat(b.enterprises()).isNotEqualTo(a.enterprises());
    }

    @Test
    void idNumbersAndCreditCodesAreValidAndUnique() {
        DemoPlan plan = DemoPlan.generate(1, 5000, TODAY);
        assertThat(plan.people()).hasSize(5000);
        assertThat(plan.people()).allSatisfy(p -> assertThat(ResidentIdNumber.problem(p.idNumber())).isEmpty());
        assertThat(plan.enterprises()).allSatisfy(e -> assertThat(UnifiedSocialCreditCode.problem(e.creditCode())).isEmpty());
        assertThat(new HashSet<>(plan.people().stream().map(DemoPlan.PersonSpec::idNumber).toList())).hasSize(5000);
        assertThat(new HashSet<>(plan.enterprises().stream().map(DemoPlan.EnterpriseSpec::creditCode).toList()))
                .hasSameSizeAs(plan.enterprises());
    }

    @Test
    void theDistrictHasEveryKindOfUnionAndPastDates() {
        DemoPlan plan = DemoPlan.generate(3, 100_000, TODAY);
        assertThat(plan.unions().stream().map(DemoPlan.UnionSpec::kind).distinct()).containsExactlyInAnyOrder(
                "DISTRICT_FEDERATION", "STREET_TOWN_FEDERATION", "INDUSTRIAL_PARK_FEDERATION", "ENTERPRISE_UNION",
                "COMMUNITY_JOINT_UNION", "INDUSTRY_JOINT_UNION", "BUILDING_UNION", "ONE_STREET_UNION", "PROJECT_UNION",
                "JOINT_UNION_GROUP");
        assertThat(plan.unions()).allSatisfy(u -> assertThat(u.name()).isNotBlank());
        assertThat(plan.unions()).allSatisfy(u -> assertThat(u.foundedOn()).isBefore(TODAY));
        assertThat(plan.people()).allSatisfy(p -> assertThat(p.joinedOn()).isBefore(TODAY)
                .isAfterOrEqualTo(plan.unions().get(p.union()).foundedOn()));
        assertThat(plan.enterprises()).allSatisfy(e -> assertThat(e.registeredOn()).isBefore(TODAY)
                .isAfterOrEqualTo(plan.unions().get(e.union()).foundedOn()));
        assertThat(plan.people().stream().map(p -> p.joinedOn().getYear()).distinct().count()).isGreaterThanOrEqualTo(5);
    }
}
