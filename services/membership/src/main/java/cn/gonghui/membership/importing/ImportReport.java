package cn.gonghui.membership.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 批量入会记录: one uploaded file, its totals and its per-row problems. */
@Entity
@Table(name = "member_import")
public class ImportReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "file_name")
    public String fileName;

    /** Hex SHA-256 of the uploaded bytes, to recognise the same file uploaded again. */
    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    @Column(name = "total_rows")
    public int totalRows;

    public int imported;

    @Column(name = "already_members")
    public int alreadyMembers;

    public int rejected;

    /** JSON list of {@link RowProblem}; never holds an ID number or a phone. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String errors;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    /** Rows written, counted as existing members, or rejected so far; {@code totalRows} when done. */
    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    /** Why a FAILED import stopped; never holds a cell value. */
    public String failure;

    /** When a background import last committed a chunk (or started). */
    @Column(name = "progressed_at")
    public OffsetDateTime progressedAt;
}
