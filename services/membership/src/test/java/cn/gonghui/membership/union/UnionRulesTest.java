package cn.gonghui.membership.union;

import static cn.gonghui.membership.StateRules.assertInvalidState;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnionRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    static Union union(String path) {
        Union u = new Union();
        u.id = 9L;
        u.path = path;
        u.status = UnionStatus.ACTIVE;
        return u;
    }

    static final Union.Occupants EMPTY = new Union.Occupants(0, 0, 0, 0);

    @Test
    void aUnionIsDissolvedOnlyWhenEmptyAndOnlyOnce() {
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, new Union.Occupants(1, 0, 0, 0)));
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, new Union.Occupants(0, 3, 0, 0)));
        Union u = union("/1/9/");
        u.dissolve(DAY, "企业注销", EMPTY);
        assertThat(u.status).isEqualTo(UnionStatus.DISSOLVED);
        assertThat(u.dissolvedOn).isEqualTo(DAY);
        assertThat(u.dissolveReason).isEqualTo("企业注销");
        assertInvalidState(() -> u.dissolve(DAY, null, EMPTY));
    }

    /** Before: only active members counted, so a pending application or an incoming transfer outlived its union (S12). */
    @Test
    void aUnionWithAPendingApplicationOrAnIncomingTransferIsNotDissolved() {
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, new Union.Occupants(0, 0, 1, 0)));
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, new Union.Occupants(0, 0, 0, 2)));
    }

    @Test
    void aUnionContainsItselfAndItsDescendantsButNotASiblingSharingDigits() {
        Union nine = union("/1/9/");
        assertThat(nine.contains(union("/1/9/"))).isTrue();
        assertThat(nine.contains(union("/1/9/12/"))).isTrue();
        assertThat(nine.contains(union("/1/99/"))).isFalse();
        assertThat(nine.contains(union("/1/"))).isFalse();
    }

    /** 小三级: a 社区联合工会 holds enterprise unions and 联合工会小组; a group sits under a joint union only. */
    @Test
    void jointUnionsHoldEnterpriseUnionsAndGroups() {
        assertThat(UnionKind.JOINT_UNION_GROUP.mayHaveParent(UnionKind.COMMUNITY_JOINT_UNION)).isTrue();
        assertThat(UnionKind.JOINT_UNION_GROUP.mayHaveParent(UnionKind.INDUSTRY_JOINT_UNION)).isTrue();
        assertThat(UnionKind.JOINT_UNION_GROUP.mayHaveParent(UnionKind.STREET_TOWN_FEDERATION)).isFalse();
        assertThat(UnionKind.JOINT_UNION_GROUP.mayHaveParent(UnionKind.ENTERPRISE_UNION)).isFalse();
        assertThat(UnionKind.ENTERPRISE_UNION.mayHaveParent(UnionKind.COMMUNITY_JOINT_UNION)).isTrue();
        assertThat(UnionKind.ENTERPRISE_UNION.mayHaveParent(UnionKind.STREET_TOWN_FEDERATION)).isTrue();
        assertThat(UnionKind.PROJECT_UNION.mayHaveParent(UnionKind.COMMUNITY_JOINT_UNION)).isFalse();
        assertThat(UnionKind.ENTERPRISE_UNION.mayHaveParent(UnionKind.ENTERPRISE_UNION)).isFalse();
    }
}
