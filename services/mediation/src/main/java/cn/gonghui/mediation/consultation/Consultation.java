package cn.gonghui.mediation.consultation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律咨询 / 维权咨询: consultations handled by a union, counted as person-times 人次. No personal data is kept. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Schema(name = "ConsultationChannel")
    public enum Channel {
        WALK_IN, HOTLINE_12351, ONLINE, OUTREACH
    }

    @Schema(name = "ConsultationTopic")
    public enum Topic {
        LABOUR_CONTRACT, WAGES, SOCIAL_INSURANCE, WORK_INJURY, TERMINATION, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Topic topic;

    @Column(name = "consulted_on", nullable = false)
    public LocalDate consultedOn;

    /** 人次: one for a single enquiry, more for a group answered together (普法 outreach). */
    @Column(name = "person_times", nullable = false)
    public int personTimes;

    public String summary;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
