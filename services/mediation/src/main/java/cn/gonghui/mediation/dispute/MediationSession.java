package cn.gonghui.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 调解会: one session held on a case, who attended, and the notes. */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "mediator_id")
    public Long mediatorId;

    @Column(name = "applicant_attended", nullable = false)
    public boolean applicantAttended;

    @Column(name = "respondent_attended", nullable = false)
    public boolean respondentAttended;

    @Column(nullable = false)
    public String notes;
}
