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

    @Test
    void aUnionIsDissolvedOnlyWhenEmptyAndOnlyOnce() {
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, 1, 0));
        assertInvalidState(() -> union("/1/9/").dissolve(DAY, null, 0, 3));
        Union u = union("/1/9/");
        u.dissolve(DAY, "企业注销", 0, 0);
        assertThat(u.status).isEqualTo(UnionStatus.DISSOLVED);
        assertThat(u.dissolvedOn).isEqualTo(DAY);
        assertThat(u.dissolveReason).isEqualTo("企业注销");
        assertInvalidState(() -> u.dissolve(DAY, null, 0, 0));
    }

    @Test
    void aUnionContainsItselfAndItsDescendantsButNotASiblingSharingDigits() {
        Union nine = union("/1/9/");
        assertThat(nine.contains(union("/1/9/"))).isTrue();
        assertThat(nine.contains(union("/1/9/12/"))).isTrue();
        assertThat(nine.contains(union("/1/99/"))).isFalse();
        assertThat(nine.contains(union("/1/"))).isFalse();
    }
}
