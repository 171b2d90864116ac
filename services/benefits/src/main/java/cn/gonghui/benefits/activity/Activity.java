package cn.gonghui.benefits.activity;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * 活动: organised by a union for an audience, with a number of places (none: no limit), a sign-up window,
 * sessions, and its cost. Sign-ups never exceed the places, however many phones sign up at once.
 */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    /** Young workers 青年职工: under 35 in the activity's year. */
    public static final int YOUNG_UNDER = 35;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    /** 会员专享 */
    @Column(name = "members_only", nullable = false)
    public boolean membersOnly;

    /** The programme it belongs to, e.g. 五一系列庆祝活动. */
    public String series;

    /** null: no limit. */
    public Integer places;

    @Column(name = "signup_opens_on")
    public LocalDate signupOpensOn;

    @Column(name = "signup_closes_on")
    public LocalDate signupClosesOn;

    @Column(name = "cost_fen", nullable = false)
    public long costFen;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public boolean cancelled;

    @Version
    public long version;

    /** 409 unless sign-ups are taken on {@code today}. */
    public void requireSignupOpen(LocalDate today) {
        if (cancelled) {
            throw ProblemException.invalidState("activity " + id + " was cancelled");
        }
        if (signupOpensOn == null || today.isBefore(signupOpensOn) || (signupClosesOn != null && today.isAfter(signupClosesOn))) {
            throw ProblemException.invalidState("activity " + id + " takes sign-ups "
                    + (signupOpensOn == null ? "on site only" : "from " + signupOpensOn + " to " + signupClosesOn));
        }
    }

    /** 400 naming memberId unless a member of this gender and birth year is in the audience. */
    public void requireAudience(String gender, Integer birthYear) {
        if (audience == Audience.WOMEN && !"FEMALE".equals(gender)) {
            throw ProblemException.invalid("memberId", "activity " + id + " is for women workers");
        }
        if (audience == Audience.YOUNG && (birthYear == null || startsOn.getYear() - birthYear >= YOUNG_UNDER)) {
            throw ProblemException.invalid("memberId", "activity " + id + " is for workers under " + YOUNG_UNDER);
        }
    }

    /** Whether one more confirmed place fits, given how many are confirmed. */
    public boolean hasRoom(long confirmed) {
        return places == null || confirmed < places;
    }
}
