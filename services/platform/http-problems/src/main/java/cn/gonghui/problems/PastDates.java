package cn.gonghui.problems;

import java.time.Clock;
import java.time.LocalDate;

/** A date of something that has happened (received, visited, registered): today when left out, never in the future. */
public final class PastDates {

    private PastDates() {
    }

    /** {@code date}, or today when it is null; a 400 naming {@code field} when it lies after today. */
    public static LocalDate orToday(LocalDate date, Clock clock, String field) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return date;
    }
}
