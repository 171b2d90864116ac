package cn.gonghui.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case's own rules, without a database: the 15-day deadline at its exact edges, group disputes, signing, each step from its state. */
class CaseRulesTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    static DisputeCase received() {
        DisputeCase c = DisputeCase.receive(RECEIVED);
        c.id = 7L;
        c.parties(1, 0);
        return c;
    }

    static DisputeCase drafted() {
        DisputeCase c = received();
        c.assign(3L);
        c.draftAgreement(RECEIVED.plusDays(5), false);
        return c;
    }

    @Test
    void theDeadlineIsTheFifteenthDayAfterReceiptAndTheCaseIsOverdueFromTheDayAfter() {
        DisputeCase c = received();
        assertThat(c.deadlineOn).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(c.overdue(c.deadlineOn)).isFalse();
        assertThat(c.overdue(c.deadlineOn.plusDays(1))).isTrue();
    }

    @Test
    void dueSoonRunsFromThreeDaysBeforeTheDeadlineThroughTheDeadlineItself() {
        DisputeCase c = received();
        assertThat(c.dueSoon(c.deadlineOn.minusDays(4))).isFalse();
        assertThat(c.dueSoon(c.deadlineOn.minusDays(3))).isTrue();
        assertThat(c.dueSoon(c.deadlineOn)).isTrue();
        assertThat(c.dueSoon(c.deadlineOn.plusDays(1))).isFalse();
    }

    @Test
    void aConcludedCaseIsNeitherDueSoonNorOverdue() {
        DisputeCase c = received();
        c.withdraw(RECEIVED.plusDays(1), "已自行和解");
        assertThat(c.overdue(c.deadlineOn.plusDays(30))).isFalse();
        assertThat(c.dueSoon(c.deadlineOn)).isFalse();
    }

    @Test
    void aTimeoutReferralIsRefusedOnTheDeadlineDayAndTakenTheDayAfter() {
        DisputeCase c = received();
        assertInvalidState(() -> c.refer(DisputeCase.ReferralReason.TIMEOUT, c.deadlineOn, null));
        c.refer(DisputeCase.ReferralReason.TIMEOUT, c.deadlineOn.plusDays(1), null);
        assertThat(c.status).isEqualTo(CaseStatus.REFERRED);
        assertThat(c.concludedOn).isEqualTo(c.deadlineOn.plusDays(1));
    }

    @Test
    void aFailedMediationMayBeReferredAtAnyPointOfMediation() {
        DisputeCase c = received();
        c.refer(DisputeCase.ReferralReason.FAILED, RECEIVED.plusDays(2), "被申请人拒绝调解");
        assertThat(c.status).isEqualTo(CaseStatus.REFERRED);
        assertInvalidState(() -> c.withdraw(RECEIVED.plusDays(3), "x"));
    }

    @Test
    void tenWorkersMakeAGroupDisputeThatNeedsARepresentative() {
        DisputeCase c = DisputeCase.receive(RECEIVED);
        c.parties(9, 0);
        assertThat(c.group()).isFalse();
        assertInvalid("representatives", () -> c.parties(10, 0));
        c.parties(10, 2);
        assertThat(c.group()).isTrue();
        assertInvalid("representatives", () -> c.parties(3, 4));
        assertInvalid("workersInvolved", () -> c.parties(0, 0));
    }

    @Test
    void theAgreementBindsOnlyOnceApplicantRespondentAndMediatorHaveSigned() {
        DisputeCase c = drafted();
        LocalDate on = RECEIVED.plusDays(6);
        assertThat(c.sign(Signature.Party.APPLICANT, Set.of(), on)).isFalse();
        assertThat(c.sign(Signature.Party.RESPONDENT, EnumSet.of(Signature.Party.APPLICANT), on)).isFalse();
        assertThat(c.status).isEqualTo(CaseStatus.AGREEMENT_DRAFTED);
        assertThat(c.sign(Signature.Party.MEDIATOR, EnumSet.of(Signature.Party.APPLICANT, Signature.Party.RESPONDENT), on.plusDays(1))).isTrue();
        assertThat(c.status).isEqualTo(CaseStatus.MEDIATED);
        assertThat(c.mediatedOn).isEqualTo(on.plusDays(1));
    }

    @Test
    void twoPartiesWithoutTheMediatorDoNotBind() {
        DisputeCase c = drafted();
        assertThat(c.sign(Signature.Party.RESPONDENT, EnumSet.of(Signature.Party.APPLICANT), RECEIVED.plusDays(6))).isFalse();
        assertThat(c.mediatedOn).isNull();
    }

    @Test
    void aPartySignsOnceAndNotBeforeTheDraft() {
        DisputeCase c = drafted();
        assertThatThrownBy(() -> c.sign(Signature.Party.APPLICANT, EnumSet.of(Signature.Party.APPLICANT), RECEIVED.plusDays(6)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertInvalid("signedOn", () -> c.sign(Signature.Party.APPLICANT, Set.of(), RECEIVED.plusDays(4)));
    }

    @Test
    void termsCanBeRewrittenUntilTheFirstSignature() {
        DisputeCase c = drafted();
        c.draftAgreement(RECEIVED.plusDays(6), false);
        assertInvalidState(() -> c.draftAgreement(RECEIVED.plusDays(7), true));
    }

    @Test
    void paymentsOnlyUnderABindingAgreementAndNeverAboveWhatTheTermOwes() {
        DisputeCase c = drafted();
        assertInvalidState(() -> c.requirePayable(1000, 0, 100, RECEIVED.plusDays(7)));
        c.sign(Signature.Party.MEDIATOR, EnumSet.of(Signature.Party.APPLICANT, Signature.Party.RESPONDENT), RECEIVED.plusDays(6));
        c.requirePayable(1000, 400, 600, RECEIVED.plusDays(7));
        assertThatThrownBy(() -> c.requirePayable(1000, 400, 601, RECEIVED.plusDays(7)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertInvalid("paidOn", () -> c.requirePayable(1000, 0, 1, RECEIVED.plusDays(5)));
    }

    @Test
    void eachStepOnlyFromItsState() {
        DisputeCase accepted = received();
        assertInvalidState(() -> accepted.draftAgreement(RECEIVED, false));
        assertInvalidState(accepted::requireWithMediator);
        assertInvalidState(accepted::requireFileable);
        DisputeCase mediated = drafted();
        mediated.sign(Signature.Party.MEDIATOR, EnumSet.of(Signature.Party.APPLICANT, Signature.Party.RESPONDENT), RECEIVED.plusDays(6));
        assertInvalidState(() -> mediated.assign(4L));
        assertInvalidState(() -> mediated.refer(DisputeCase.ReferralReason.FAILED, RECEIVED.plusDays(7), null));
        assertInvalidState(() -> mediated.withdraw(RECEIVED.plusDays(7), "x"));
        mediated.file(DisputeCase.FileType.FORMAL, 2026, 7, RECEIVED.plusDays(8));
        assertThat(mediated.fileNumber()).isEqualTo("2026-F-0007");
        assertInvalidState(() -> mediated.file(DisputeCase.FileType.SIMPLE, 2026, 8, RECEIVED.plusDays(8)));
        mediated.settle(RECEIVED.plusDays(9));
        assertThat(mediated.status).isEqualTo(CaseStatus.CLOSED);
    }

    private static void assertInvalidState(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }

    private static void assertInvalid(String field, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
        });
    }
}
