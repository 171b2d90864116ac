package cn.gonghui.benefits.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the activity endpoints. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    /** 活动. places: none for no limit. A sign-up window only when members sign up in advance. */
    @Schema(name = "ActivityPlan")
    public record Plan(@NotNull Long unionId, @NotBlank @Size(max = 200) String title, @NotNull ActivityCategory category,
            @NotNull Audience audience, boolean membersOnly, @Size(max = 100) String series, @Min(1) @Max(100000) Integer places,
            LocalDate signupOpensOn, LocalDate signupClosesOn, @PositiveOrZero Long costFen, @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {
    }

    /** 场次: a day of the activity at a place. */
    @Schema(name = "ActivitySessionPlan")
    public record Session(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String place) {
    }

    /** 签到: the members who came (from their sign-ups or their QR cards) and the count of those who just walked in. */
    @Schema(name = "SessionAttendance")
    public record Attendance(@Size(max = 5000) List<@NotNull Long> memberIds, @PositiveOrZero @Max(1000000) Integer walkIns) {
    }
}
