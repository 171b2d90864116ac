package cn.gonghui.membership.cadre;

import java.time.LocalDate;
import java.util.List;

/** A training as the API shows it; {@code personTimes} = cadreIds + otherAttendees. */
public record TrainingView(Long id, Long unionId, String title, TrainingMode mode, LocalDate heldOn, List<Long> cadreIds,
        int otherAttendees, int personTimes) {

    public static TrainingView of(Training t) {
        List<Long> cadres = t.cadreIds.stream().sorted().toList();
        return new TrainingView(t.id, t.unionId, t.title, t.mode, t.heldOn, cadres, t.otherAttendees,
                cadres.size() + t.otherAttendees);
    }
}
