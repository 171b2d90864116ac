package cn.gonghui.membership.cadre;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** 干部培训: one session, organised by a union on a day, with the registered cadres who attended and others by number. */
@Entity
@Table(name = "training")
public class Training extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingMode mode;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** Registered cadres who attended. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "cadre_id")
    public Set<Long> cadreIds = new LinkedHashSet<>();

    /** Attendees not in the cadre registry, by number. */
    @Column(name = "other_attendees", nullable = false)
    public int otherAttendees;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
