package cn.gonghui.membership.cadre;

import static cn.gonghui.membership.StateRules.assertInvalidState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.membership.area.Area;
import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A role ends once, not before it began; an area is not covered twice by the same union. */
class CadreRulesTest {

    @Test
    void aRoleEndsOnceAndNotBeforeItBegan() {
        Cadre c = new Cadre();
        c.id = 3L;
        c.fromOn = LocalDate.of(2020, 3, 1);
        assertThatThrownBy(() -> c.end(LocalDate.of(2020, 2, 29))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("on"));
        c.end(LocalDate.of(2020, 3, 1));
        assertThat(c.toOn).isEqualTo(LocalDate.of(2020, 3, 1));
        assertInvalidState(() -> c.end(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void anAreaChangesItsCoveringUnionButIsNotCoveredTwiceByOne() {
        Area a = new Area();
        a.id = 4L;
        a.coverBy(10L, LocalDate.of(2019, 1, 1));
        assertInvalidState(() -> a.coverBy(10L, LocalDate.of(2020, 1, 1)));
        a.coverBy(11L, LocalDate.of(2020, 1, 1));
        assertThat(a.coveredByUnionId).isEqualTo(11L);
        assertThat(a.coveredOn).isEqualTo(LocalDate.of(2020, 1, 1));
    }
}
