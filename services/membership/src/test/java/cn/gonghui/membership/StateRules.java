package cn.gonghui.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;

/** Assertions for the aggregates' own rules (plain JUnit). */
public final class StateRules {

    private StateRules() {
    }

    /** The action is refused with 409 invalid-state. */
    public static void assertInvalidState(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }
}
