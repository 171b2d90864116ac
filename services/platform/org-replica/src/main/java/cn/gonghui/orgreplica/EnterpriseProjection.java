package cn.gonghui.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * 企业: EnterpriseRegistered and EnterpriseUpdated both carry the whole enterprise, so both are one upsert
 * on {@code replica_enterprise}. The union id is stored as given, known to the replica or not.
 */
@ApplicationScoped
class EnterpriseProjection {

    @Inject
    EntityManager em;

    void changed(Payload data) {
        Sql.update(em, """
                INSERT INTO replica_enterprise (id, credit_code, name, district_code, headcount, ownership, union_id, covered)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET credit_code = EXCLUDED.credit_code, name = EXCLUDED.name,
                    district_code = EXCLUDED.district_code, headcount = EXCLUDED.headcount, ownership = EXCLUDED.ownership,
                    union_id = EXCLUDED.union_id, covered = EXCLUDED.covered""",
                data.id("enterpriseId"), data.text("creditCode"), data.text("name"), data.optionalText("districtCode"),
                data.optionalInt("headcount"), data.optionalText("ownership"), data.id("unionId"), data.flag("covered"));
    }
}
