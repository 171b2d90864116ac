package cn.gonghui.membership.api;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.membership.area.AreaKind;
import cn.gonghui.membership.cadre.CadreRole;
import cn.gonghui.membership.cadre.TrainingMode;
import cn.gonghui.membership.enterprise.Ownership;
import cn.gonghui.membership.honour.HonourKind;
import cn.gonghui.membership.honour.HonourLevel;
import cn.gonghui.membership.honour.RecipientType;
import cn.gonghui.membership.importing.ImportFormat;
import cn.gonghui.membership.importing.ImportStatus;
import cn.gonghui.membership.member.MemberStatus;
import cn.gonghui.membership.honour.HonourStatus;
import cn.gonghui.membership.servicepoint.FundingPurpose;
import cn.gonghui.membership.servicepoint.InspectionKind;
import cn.gonghui.membership.servicepoint.InspectionResult;
import cn.gonghui.membership.servicepoint.RecognitionLevel;
import cn.gonghui.membership.servicepoint.ServicePointHost;
import cn.gonghui.membership.servicepoint.ServicePointKind;
import cn.gonghui.membership.servicepoint.ServicePointStatus;
import cn.gonghui.membership.transfer.TransferStatus;
import cn.gonghui.membership.union.UnionChangeKind;
import cn.gonghui.membership.union.UnionKind;
import cn.gonghui.membership.union.UnionStatus;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database keeps to what the code writes, and has the indexes the scoped reads need (review S20). */
@QuarkusTest
class MembershipSchemaTest {

    @Inject
    AgroalDataSource db;

    /** Each enum-like column has a CHECK that names every value of its Java enum, so neither can drift alone. */
    @Test
    void enumColumnsAcceptExactlyTheirEnumsValues() throws Exception {
        Map<String, Class<? extends Enum<?>>> checks = Map.ofEntries(
                Map.entry("union_unit_kind", UnionKind.class),
                Map.entry("union_unit_status", UnionStatus.class),
                Map.entry("enterprise_ownership", Ownership.class),
                Map.entry("member_status", MemberStatus.class),
                Map.entry("member_transfer_status", TransferStatus.class),
                Map.entry("honour_kind", HonourKind.class),
                Map.entry("honour_level", HonourLevel.class),
                Map.entry("honour_recipient_type", RecipientType.class),
                Map.entry("service_point_kind", ServicePointKind.class),
                Map.entry("service_point_status", ServicePointStatus.class),
                Map.entry("service_point_host", ServicePointHost.class),
                Map.entry("service_point_recognition_level", RecognitionLevel.class),
                Map.entry("service_point_funding_purpose", FundingPurpose.class),
                Map.entry("service_point_inspection_kind", InspectionKind.class),
                Map.entry("service_point_inspection_result", InspectionResult.class),
                Map.entry("honour_status", HonourStatus.class),
                Map.entry("area_kind", AreaKind.class),
                Map.entry("cadre_role", CadreRole.class),
                Map.entry("union_change_kind", UnionChangeKind.class),
                Map.entry("training_mode", TrainingMode.class),
                Map.entry("member_import_format", ImportFormat.class),
                Map.entry("member_import_status", ImportStatus.class));
        for (var check : checks.entrySet()) {
            String definition = constraint(check.getKey());
            for (Enum<?> value : check.getValue().getEnumConstants()) {
                assertThat(definition).as(check.getKey()).contains("'" + value.name() + "'");
            }
        }
    }

    @Test
    void valuesTheCodeNeverWritesAreRefused() throws Exception {
        var t = tree();
        long member = enrol(t.enterpriseUnion());
        List<String> refused = List.of(
                "UPDATE member SET status = 'SLEEPING' WHERE id = " + member,
                "UPDATE union_unit SET status = 'GONE' WHERE id = " + t.street(),
                "UPDATE union_unit SET path = '/" + t.district() + "/' WHERE id = " + t.street(),
                "UPDATE union_unit SET path = '/" + t.district() + "/x/' WHERE id = " + t.street(),
                "UPDATE union_unit SET parent_id = NULL WHERE id = " + t.street(),
                "INSERT INTO member_transfer (member_id, from_union_id, to_union_id, status, released_by, released_at)"
                        + " VALUES (" + member + ", " + t.enterpriseUnion() + ", " + t.enterpriseUnion() + ", 'RELEASED', 'x', now())");
        List<String> passed = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : refused) {
                try {
                    s.executeUpdate(sql);
                    passed.add(sql);
                } catch (SQLException e) {
                    assertThat(e.getSQLState()).as(sql).isEqualTo("23514"); // check_violation
                }
            }
        }
        assertThat(passed).as("statements the database should have refused").isEmpty();
    }

    @Test
    void scopedReadsHaveTheirIndexes() throws Exception {
        assertThat(indexDefinition("member_transfer_to")).contains("(to_union_id, id)");
        assertThat(indexDefinition("member_transfer_from")).contains("(from_union_id, id)");
        assertThat(indexDefinition("member_id_number_hash")).contains("(id_number_hash)").doesNotContain("WHERE");
        assertThat(indexDefinition("member_enterprise")).contains("(enterprise_id)");
        assertThat(indexDefinition("enterprise_union")).contains("(union_id, id)");
        assertThat(indexDefinition("member_transfer_member")).contains("(member_id, decided_at)");
    }

    private String constraint(String name) throws SQLException {
        return single("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?", name);
    }

    private String indexDefinition(String name) throws SQLException {
        return single("SELECT indexdef FROM pg_indexes WHERE indexname = ?", name);
    }

    private String single(String sql, String name) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(name + " exists").isTrue();
                return rs.getString(1);
            }
        }
    }
}
