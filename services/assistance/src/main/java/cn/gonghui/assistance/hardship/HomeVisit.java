package cn.gonghui.assistance.hardship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 入户核查: a visit to a file's household, with the findings and references to the evidence kept. */
@Entity
@Table(name = "home_visit")
public class HomeVisit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_id", nullable = false)
    public Long fileId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false)
    public String visitor;

    @Column(nullable = false)
    public String findings;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_refs", nullable = false, columnDefinition = "text[]")
    public String[] evidenceRefs = new String[0];
}
