package cn.gonghui.membership.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gonghui.identifiers.ResidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public final class MemberRequests {

    static final String MOBILE = "1[3-9]\\d{9}";
    static final String MOBILE_MESSAGE = "must be an 11-digit mainland mobile number";

    private MemberRequests() {
    }

    /** 入会申请, or direct enrolment by an officer: the same real-name data. */
    @Schema(name = "MemberJoin")
    public record Join(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @ResidentId String idNumber,
            @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone,
            @NotNull Long unionId,
            Long enterpriseId) {
    }

    @Schema(name = "MemberReject")

    public record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "MemberContact")

    public record Contact(@NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone) {
    }

    @Schema(name = "MemberLeave")

    public record Leave(@PastOrPresent LocalDate leftOn, @Size(max = 500) String reason) {
    }

    @Schema(name = "MemberRetire")

    public record Retire(@PastOrPresent LocalDate retiredOn) {
    }

    @Schema(name = "MemberUnmask")

    public record Unmask(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * 按身份证号查找: an exact ID-number search. The number travels in the body, never in a URL (review S5),
     * and the search is personal-data access: the permission, a reason and an audit row, like unmasking.
     */
    @Schema(name = "MemberSearch")
    public record Search(
            @NotBlank @ResidentId String idNumber,
            @Schema(description = "why you look this person up; kept in the personal-data audit") @NotBlank @Size(max = 500) String reason,
            @Schema(description = "only this union's subtree (default: your whole scope)") Long unionId,
            MemberStatus status) {
    }

    @Schema(name = "MemberUnmasked")

    public record Unmasked(long memberId, String idNumber, String phone) {
    }
}
