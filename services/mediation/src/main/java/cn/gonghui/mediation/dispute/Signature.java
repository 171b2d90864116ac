package cn.gonghui.mediation.dispute;

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

/** 签字: one party's signature under the agreement (who, when). */
@Entity
@Table(name = "signature")
public class Signature extends PanacheEntityBase {

    /** The three who must sign before an agreement binds (劳动争议调解仲裁法 Art 14). */
    @Schema(name = "SignatureParty")
    public enum Party {
        APPLICANT, RESPONDENT, MEDIATOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
