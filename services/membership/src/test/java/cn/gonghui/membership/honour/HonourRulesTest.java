package cn.gonghui.membership.honour;

import static cn.gonghui.membership.StateRules.assertInvalidState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A nomination is decided once; only a conferred honour is revoked; neither before the date it rests on. */
class HonourRulesTest {

    static final LocalDate NOMINATED = LocalDate.of(2020, 3, 1);

    static Honour nomination() {
        Honour h = new Honour();
        h.id = 5L;
        h.status = HonourStatus.NOMINATED;
        h.nominatedOn = NOMINATED;
        return h;
    }

    static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo(field));
    }

    @Test
    void aNominationIsConferredOrNotOnceAndNotBeforeItWasMade() {
        Honour conferred = nomination();
        assertInvalid(() -> conferred.decide(HonourStatus.CONFERRED, NOMINATED.minusDays(1)), "on");
        assertInvalid(() -> conferred.decide(HonourStatus.REVOKED, NOMINATED), "outcome");
        conferred.decide(HonourStatus.CONFERRED, LocalDate.of(2020, 4, 28));
        assertThat(conferred.status).isEqualTo(HonourStatus.CONFERRED);
        assertThat(conferred.awardedOn).isEqualTo(LocalDate.of(2020, 4, 28));
        assertInvalidState(() -> conferred.decide(HonourStatus.NOT_CONFERRED, LocalDate.of(2020, 5, 1)));

        Honour refused = nomination();
        refused.decide(HonourStatus.NOT_CONFERRED, LocalDate.of(2020, 4, 28));
        assertThat(refused.status).isEqualTo(HonourStatus.NOT_CONFERRED);
        assertThat(refused.notConferredOn).isEqualTo(LocalDate.of(2020, 4, 28));
        assertThat(refused.awardedOn).isNull();
        assertInvalidState(() -> refused.revoke(LocalDate.of(2020, 6, 1), null));
    }

    @Test
    void onlyAConferredHonourIsRevokedAndOnlyOnce() {
        assertInvalidState(() -> nomination().revoke(NOMINATED, null));
        Honour h = nomination();
        h.decide(HonourStatus.CONFERRED, LocalDate.of(2020, 4, 28));
        assertInvalid(() -> h.revoke(LocalDate.of(2020, 4, 27), null), "on");
        h.revoke(LocalDate.of(2020, 9, 1), "违纪");
        assertThat(h.status).isEqualTo(HonourStatus.REVOKED);
        assertThat(h.revokedOn).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(h.revokeReason).isEqualTo("违纪");
        assertInvalidState(() -> h.revoke(LocalDate.of(2020, 9, 2), null));
    }
}
