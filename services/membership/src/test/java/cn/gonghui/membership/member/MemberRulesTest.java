package cn.gonghui.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.gonghui.membership.StateRules.assertInvalidState;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A membership's life guards itself: no Quarkus, no database. */
class MemberRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 8);

    static Member member(MemberStatus status) {
        Member m = new Member();
        m.id = 7L;
        m.unionId = 3L;
        m.status = status;
        return m;
    }

    @Test
    void aPendingApplicationIsApprovedOrRejectedOnce() {
        Member approved = member(MemberStatus.PENDING);
        approved.approve(DAY);
        assertThat(approved.status).isEqualTo(MemberStatus.ACTIVE);
        assertThat(approved.joinedOn).isEqualTo(DAY);
        assertInvalidState(() -> approved.approve(DAY));
        assertInvalidState(() -> approved.reject("late"));

        Member rejected = member(MemberStatus.PENDING);
        rejected.reject("  not employed here ");
        assertThat(rejected.status).isEqualTo(MemberStatus.REJECTED);
        assertThat(rejected.rejectReason).isEqualTo("not employed here");
        assertInvalidState(() -> rejected.approve(DAY));
    }

    @Test
    void onlyAnActiveMemberLeavesRetiresOrMoves() {
        for (MemberStatus status : new MemberStatus[] {MemberStatus.PENDING, MemberStatus.REJECTED, MemberStatus.LEFT}) {
            Member m = member(status);
            assertInvalidState(() -> m.leave(DAY, null));
            assertInvalidState(() -> m.retire(DAY));
            assertInvalidState(() -> m.moveTo(9L, null));
        }
    }

    @Test
    void aRetireeStaysAMemberAndRetiresOnce() {
        Member m = member(MemberStatus.ACTIVE);
        m.retire(DAY);
        assertThat(m.status).isEqualTo(MemberStatus.ACTIVE);
        assertThat(m.retired).isTrue();
        assertThat(m.retiredOn).isEqualTo(DAY);
        assertInvalidState(() -> m.retire(DAY.plusDays(1)));
        assertThat(m.retiredOn).isEqualTo(DAY);
    }

    @Test
    void leavingRecordsTheDayAndTheReason() {
        Member m = member(MemberStatus.ACTIVE);
        m.leave(DAY, "换工作");
        assertThat(m.status).isEqualTo(MemberStatus.LEFT);
        assertThat(m.leftOn).isEqualTo(DAY);
        assertThat(m.leaveReason).isEqualTo("换工作");
    }

    @Test
    void aTransferMovesUnionAndEmployerTogether() {
        Member m = member(MemberStatus.ACTIVE);
        m.enterpriseId = 17L;
        assertThat(m.isActiveIn(3L)).isTrue();
        m.moveTo(9L, null);
        assertThat(m.unionId).isEqualTo(9L);
        assertThat(m.enterpriseId).isNull();
        assertThat(m.isActiveIn(3L)).isFalse();
        assertThat(m.isActiveIn(9L)).isTrue();
    }

    /** Before: 110105********002X, which left only the birth date to guess (S1). */
    @Test
    void aMaskedIdNumberShowsOnlyItsLastFourCharacters() {
        assertThat(Member.maskedIdNumber("11010519491231002X")).isEqualTo("**************002X");
        assertThat(Member.maskedIdNumber("002X")).isEqualTo("****");
        assertThat(Member.maskedIdNumber(null)).isNull();
    }
}
