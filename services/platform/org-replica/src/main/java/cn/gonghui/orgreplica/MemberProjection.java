package cn.gonghui.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * 会员: MemberJoined, MemberTransferred (转会), MemberLeft (退会) and MemberRetired (退休) as upserts on
 * {@code replica_member}. Union ids are stored as given, known to the replica or not. An event about a
 * member the replica never saw join (the topic's start has expired) still records what it tells.
 */
@ApplicationScoped
class MemberProjection {

    private static final Set<String> GENDERS = Set.of("MALE", "FEMALE");

    @Inject
    EntityManager em;

    void joined(Payload data) {
        String gender = data.optionalText("gender");
        Sql.update(em, """
                INSERT INTO replica_member (id, union_id, enterprise_id, status, retired, retired_on, joined_on, left_on, gender, birth_year)
                VALUES (?, ?, ?, 'ACTIVE', false, NULL, ?, NULL, ?, ?)
                ON CONFLICT (id) DO UPDATE SET union_id = EXCLUDED.union_id, enterprise_id = EXCLUDED.enterprise_id,
                    status = 'ACTIVE', retired = false, retired_on = NULL, joined_on = EXCLUDED.joined_on, left_on = NULL,
                    gender = EXCLUDED.gender, birth_year = EXCLUDED.birth_year""",
                data.id("memberId"), data.id("unionId"), data.optionalId("enterpriseId"), data.date("joinedOn"),
                gender != null && GENDERS.contains(gender) ? gender : null, data.optionalInt("birthYear"));
    }

    void transferred(Payload data) {
        Sql.update(em, """
                INSERT INTO replica_member (id, union_id, enterprise_id, status) VALUES (?, ?, ?, 'ACTIVE')
                ON CONFLICT (id) DO UPDATE SET union_id = EXCLUDED.union_id, enterprise_id = EXCLUDED.enterprise_id""",
                data.id("memberId"), data.id("toUnionId"), data.optionalId("enterpriseId"));
    }

    void left(Payload data) {
        Sql.update(em, """
                INSERT INTO replica_member (id, union_id, status, left_on) VALUES (?, ?, 'LEFT', ?)
                ON CONFLICT (id) DO UPDATE SET union_id = EXCLUDED.union_id, status = 'LEFT', left_on = EXCLUDED.left_on""",
                data.id("memberId"), data.id("unionId"), data.date("leftOn"));
    }

    void retired(Payload data) {
        Sql.update(em, """
                INSERT INTO replica_member (id, union_id, status, retired, retired_on) VALUES (?, ?, 'ACTIVE', true, ?)
                ON CONFLICT (id) DO UPDATE SET union_id = EXCLUDED.union_id, retired = true, retired_on = EXCLUDED.retired_on""",
                data.id("memberId"), data.id("unionId"), data.date("retiredOn"));
    }
}
