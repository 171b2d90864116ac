package cn.gonghui.bargaining.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The legal rules of a contract's life, each at its boundary, without a database (集体合同规定). */
class ContractRulesTest {

    static final LocalDate OFFERED = LocalDate.of(2026, 3, 1);

    static Contract offered() {
        Contract c = Contract.offer(1, ContractKind.WAGE, ContractScope.SINGLE, "工资专项集体合同", Contract.Initiator.UNION,
                List.of(new CoveredEnterprise(7, 100)), OFFERED);
        c.id = 42L;
        return c;
    }

    static Contract negotiating() {
        Contract c = offered();
        c.answer(OFFERED.plusDays(5), true);
        return c;
    }

    static Contract adopted() {
        Contract c = negotiating();
        c.vote(OFFERED.plusDays(20), 30, 20, 16, 1);
        return c;
    }

    static Contract signed(LocalDate on) {
        Contract c = adopted();
        c.sign(on, on, 36);
        return c;
    }

    static Contract filed(LocalDate signedOn, LocalDate filedOn) {
        Contract c = signed(signedOn);
        c.file(filedOn, "区人力社保局");
        return c;
    }

    static void invalidState(ThrowingCallable call, String... mentioned) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE);
            assertThat(e.getMessage()).contains(mentioned);
        });
    }

    static void invalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly(field);
        });
    }

    @Test
    void anOfferIsAnsweredOnTimeThroughItsTwentiethDayAndLateFromItsTwentyFirst() {
        Contract c = offered();
        assertThat(c.answerDueOn).isEqualTo(OFFERED.plusDays(20));
        assertThat(c.answerOverdue(OFFERED.plusDays(20))).isFalse();
        assertThat(c.answerOverdue(OFFERED.plusDays(21))).isTrue();
        assertThat(c.deadlines(OFFERED.plusDays(21)).get(0)).extracting(Deadline::what, Deadline::overdue, Deadline::legalBasis)
                .containsExactly("ANSWER", true, "集体合同规定 Art 32");

        c.answer(OFFERED.plusDays(20), true);
        assertThat(c.answeredLate).isFalse();
        assertThat(c.status).isEqualTo(ContractStatus.NEGOTIATING);

        Contract late = offered();
        late.answer(OFFERED.plusDays(21), true);
        assertThat(late.answeredLate).isTrue();
        assertThat(late.answerOverdue(OFFERED.plusDays(30))).isFalse();
    }

    @Test
    void aRefusedOfferIsClosedAndAnAnswerBeforeTheOfferIsRefused() {
        Contract c = offered();
        invalidField(() -> c.answer(OFFERED.minusDays(1), true), "answeredOn");
        c.answer(OFFERED.plusDays(3), false);
        assertThat(c.status).isEqualTo(ContractStatus.REFUSED);
        invalidState(() -> c.answer(OFFERED.plusDays(4), true), "REFUSED", "allowed next: none");
    }

    @Test
    void aSingleContractCoversExactlyOneEnterprise() {
        invalidField(() -> Contract.offer(1, ContractKind.WAGE, ContractScope.SINGLE, "t", Contract.Initiator.UNION,
                List.of(new CoveredEnterprise(7, 10), new CoveredEnterprise(8, 10)), OFFERED), "enterprises");
        invalidField(() -> Contract.offer(1, ContractKind.WAGE, ContractScope.REGIONAL, "t", Contract.Initiator.UNION, List.of(), OFFERED),
                "enterprises");
        Contract regional = Contract.offer(1, ContractKind.WAGE, ContractScope.REGIONAL, "t", Contract.Initiator.EMPLOYER,
                List.of(new CoveredEnterprise(7, 10), new CoveredEnterprise(8, 15)), OFFERED);
        assertThat(regional.workersCovered()).isEqualTo(25);
    }

    @Test
    void eachSideSendsThreeToTenNegotiatorsAndAsManyAsTheOther() {
        Contract c = negotiating();
        LocalDate held = OFFERED.plusDays(6);
        c.checkRound(held, 3, 3);
        c.checkRound(held, 10, 10);
        invalidField(() -> c.checkRound(held, 2, 2), "unionNegotiators");
        invalidField(() -> c.checkRound(held, 11, 11), "unionNegotiators");
        invalidField(() -> c.checkRound(held, 3, 2), "employerNegotiators");
        invalidField(() -> c.checkRound(held, 5, 4), "employerNegotiators");
        invalidField(() -> c.checkRound(OFFERED.plusDays(4), 5, 5), "heldOn");
        invalidState(() -> offered().checkRound(held, 5, 5), "OFFERED", "rounds is not allowed", "allowed next: answer, withdrawal");
    }

    @Test
    void theCongressVoteNeedsTwoThirdsPresentAndMoreThanHalfOfAllRepresentatives() {
        // 30 representatives: 20 present is exactly two thirds
        assertThat(Contract.outcome(30, 20, 16)).isEqualTo(CongressVote.Outcome.ADOPTED);
        assertThat(Contract.outcome(30, 19, 19)).isEqualTo(CongressVote.Outcome.NO_QUORUM);
        // exactly half of all representatives is not enough, even if it is most of those present
        assertThat(Contract.outcome(30, 20, 15)).isEqualTo(CongressVote.Outcome.REJECTED);
        assertThat(Contract.outcome(30, 30, 15)).isEqualTo(CongressVote.Outcome.REJECTED);
        assertThat(Contract.outcome(30, 20, 16)).isEqualTo(CongressVote.Outcome.ADOPTED);
        // 31 representatives: two thirds is 20.67, so 21 must be present; more than half is 16
        assertThat(Contract.outcome(31, 20, 20)).isEqualTo(CongressVote.Outcome.NO_QUORUM);
        assertThat(Contract.outcome(31, 21, 16)).isEqualTo(CongressVote.Outcome.ADOPTED);
        assertThat(Contract.outcome(31, 21, 15)).isEqualTo(CongressVote.Outcome.REJECTED);
    }

    @Test
    void aFailedVoteLeavesTheDraftInNegotiationAndAVoteNeedsARoundFirst() {
        Contract c = negotiating();
        LocalDate on = OFFERED.plusDays(10);
        invalidState(() -> c.vote(on, 30, 25, 20, 0), "no negotiation round");
        assertThat(c.vote(on, 30, 19, 19, 1)).isEqualTo(CongressVote.Outcome.NO_QUORUM);
        assertThat(c.status).isEqualTo(ContractStatus.NEGOTIATING);
        assertThat(c.vote(on, 30, 20, 15, 1)).isEqualTo(CongressVote.Outcome.REJECTED);
        assertThat(c.status).isEqualTo(ContractStatus.NEGOTIATING);
        invalidField(() -> c.vote(on, 30, 31, 20, 1), "present");
        invalidField(() -> c.vote(on, 30, 20, 21, 1), "inFavour");
        assertThat(c.vote(on, 30, 20, 16, 1)).isEqualTo(CongressVote.Outcome.ADOPTED);
        assertThat(c.status).isEqualTo(ContractStatus.ADOPTED);
        invalidState(() -> c.vote(on, 30, 20, 16, 1), "ADOPTED", "allowed next: signing, withdrawal");
    }

    @Test
    void theTermIsOneToThreeYearsAndFixesExpiryAndTheRenewalWindow() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        invalidField(() -> adopted().sign(on, on, 11), "termMonths");
        invalidField(() -> adopted().sign(on, on, 37), "termMonths");
        invalidField(() -> adopted().sign(on, on.minusDays(1), 12), "startsOn");
        Contract oneYear = adopted();
        oneYear.sign(on, on, 12);
        assertThat(oneYear.expiresOn).isEqualTo(LocalDate.of(2027, 3, 31));
        Contract threeYears = adopted();
        threeYears.sign(on, on.plusDays(30), 36);
        assertThat(threeYears.expiresOn).isEqualTo(LocalDate.of(2029, 4, 30));
        assertThat(threeYears.renewalOpensOn).isEqualTo(LocalDate.of(2029, 1, 30));
        assertThat(threeYears.filingDueOn).isEqualTo(on.plusDays(10));
    }

    @Test
    void filingIsDueWithinTenDaysOfSigningAndLaterFilingIsRecordedAsLate() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        Contract c = signed(on);
        assertThat(c.filingOverdue(on.plusDays(10))).isFalse();
        assertThat(c.filingOverdue(on.plusDays(11))).isTrue();
        invalidField(() -> signed(on).file(on.minusDays(1), "局"), "filedOn");

        Contract onTime = filed(on, on.plusDays(10));
        assertThat(onTime.filedLate).isFalse();
        assertThat(onTime.reviewEndsOn).isEqualTo(on.plusDays(25));
        assertThat(filed(on, on.plusDays(11)).filedLate).isTrue();
    }

    @Test
    void theBureauObjectsThroughDayFifteenAndFromDaySixteenTheContractIsInEffect() {
        LocalDate signedOn = LocalDate.of(2026, 4, 1);
        LocalDate filedOn = signedOn.plusDays(2);
        Contract objected = filed(signedOn, filedOn);
        objected.review(filedOn.plusDays(15), true);
        assertThat(objected.status).isEqualTo(ContractStatus.NEGOTIATING);
        assertThat(objected.signedOn).isNull();
        assertThat(objected.expiresOn).isNull();

        Contract late = filed(signedOn, filedOn);
        invalidState(() -> late.review(filedOn.plusDays(16), true), "review window ended on " + filedOn.plusDays(15),
                "took effect on " + filedOn.plusDays(16), "Art 47");

        Contract deemed = filed(signedOn, filedOn);
        assertThat(deemed.deemedEffectiveBy(filedOn.plusDays(15))).isFalse();
        assertThat(deemed.deemedEffectiveBy(filedOn.plusDays(16))).isTrue();
        deemed.applyDeemedEffect();
        assertThat(deemed.status).isEqualTo(ContractStatus.EFFECTIVE);
        assertThat(deemed.effectiveOn).isEqualTo(filedOn.plusDays(16));
        assertThat(deemed.deemedEffective).isTrue();
        assertThat(deemed.inForceFrom).isEqualTo(filedOn.plusDays(16));

        Contract approved = filed(signedOn, filedOn);
        approved.review(filedOn.plusDays(3), false);
        assertThat(approved.status).isEqualTo(ContractStatus.EFFECTIVE);
        assertThat(approved.deemedEffective).isFalse();
        assertThat(approved.effectiveOn).isEqualTo(filedOn.plusDays(3));
    }

    @Test
    void aContractIsInForceFromTheLaterOfItsEffectAndItsAgreedStart() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        Contract c = adopted();
        c.sign(on, on.plusMonths(2), 24);
        c.file(on.plusDays(1), "局");
        c.review(on.plusDays(5), false);
        assertThat(c.inForceFrom).isEqualTo(on.plusMonths(2));
    }

    @Test
    void aRenewalIsOfferedFromThreeMonthsBeforeExpiryAndAContractExpiresTheDayAfterItsLastDay() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        Contract c = filed(on, on.plusDays(1));
        c.review(on.plusDays(2), false);
        LocalDate opens = c.renewalOpensOn;
        assertThat(opens).isEqualTo(c.expiresOn.minusMonths(3));
        invalidState(() -> c.requireRenewable(opens.minusDays(1)), "may be offered from " + opens, "Art 38");
        assertThat(c.renewalWindowOpen(opens.minusDays(1))).isFalse();
        assertThat(c.renewalWindowOpen(opens)).isTrue();
        c.requireRenewable(opens);

        assertThat(c.expiredBy(c.expiresOn)).isFalse();
        assertThat(c.expiredBy(c.expiresOn.plusDays(1))).isTrue();
        c.expire();
        assertThat(c.status).isEqualTo(ContractStatus.EXPIRED);
        assertThat(c.expiredOn).isEqualTo(c.expiresOn.plusDays(1));
        c.requireRenewable(c.expiresOn.plusYears(1));
    }

    @Test
    void everyStepOutOfOrderIsRefusedNamingTheStateAndTheStepsAllowed() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        invalidState(() -> offered().sign(on, on, 12), "OFFERED", "signing");
        invalidState(() -> offered().file(on, "局"), "OFFERED", "filing");
        invalidState(() -> offered().review(on, false), "OFFERED", "review");
        invalidState(() -> offered().requireRenewable(on), "OFFERED", "renewal");
        invalidState(() -> negotiating().answer(on, true), "NEGOTIATING", "allowed next: rounds, congress-votes, withdrawal");
        invalidState(() -> negotiating().sign(on, on, 12), "NEGOTIATING", "signing");
        invalidState(() -> adopted().file(on, "局"), "ADOPTED", "filing");
        invalidState(() -> adopted().checkRound(on, 5, 5), "ADOPTED", "rounds");
        invalidState(() -> signed(on).review(on, false), "SIGNED", "allowed next: filing");
        invalidState(() -> signed(on).withdraw(on, "x"), "SIGNED", "withdrawal");
        invalidState(() -> filed(on, on).sign(on, on, 12), "FILED", "allowed next: review");
        invalidState(() -> filed(on, on).file(on, "局"), "FILED", "filing");
        Contract withdrawn = adopted();
        withdrawn.withdraw(on, "企业关闭");
        assertThat(withdrawn.status).isEqualTo(ContractStatus.WITHDRAWN);
        invalidState(() -> withdrawn.sign(on, on, 12), "WITHDRAWN", "allowed next: none");
    }
}
