package cn.gonghui.benefits.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Activities, sessions and sign-ups as the API shows them. */
public final class ActivityViews {

    private ActivityViews() {
    }

    public record ActivityView(Long id, Long unionId, String title, ActivityCategory category, Audience audience, boolean membersOnly,
            String series, Integer places, long confirmed, long waitlisted, LocalDate signupOpensOn, LocalDate signupClosesOn,
            long costFen, LocalDate startsOn, LocalDate endsOn, boolean cancelled, long version) {
    }

    public record SessionView(Long id, Long activityId, LocalDate heldOn, String place, int walkIns, long attended) {
    }

    public record SignupView(Long id, Long activityId, Long memberId, SignupStatus status, OffsetDateTime signedUpAt) {

        public static SignupView of(Signup s) {
            return new SignupView(s.id, s.activityId, s.memberId, s.status, s.signedUpAt);
        }
    }
}
