package cn.gonghui.membership.transfer;

import static cn.gonghui.membership.StateRules.assertInvalidState;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MemberTransferRulesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-08T10:00:00+08:00");

    static MemberTransfer released() {
        MemberTransfer t = new MemberTransfer();
        t.id = 5L;
        t.status = TransferStatus.RELEASED;
        return t;
    }

    @Test
    void aReleasedTransferIsDecidedOnceByAcceptOrCancel() {
        MemberTransfer accepted = released();
        accepted.accept("officer-of-9", AT);
        assertThat(accepted.status).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(accepted.decidedBy).isEqualTo("officer-of-9");
        assertThat(accepted.decidedAt).isEqualTo(AT);
        assertInvalidState(() -> accepted.cancel("officer-of-3", AT));
        assertInvalidState(() -> accepted.accept("officer-of-9", AT));

        MemberTransfer cancelled = released();
        cancelled.cancel("officer-of-3", AT);
        assertThat(cancelled.status).isEqualTo(TransferStatus.CANCELLED);
        assertInvalidState(() -> cancelled.accept("officer-of-9", AT));
        assertInvalidState(cancelled::requireOpen);
    }
}
