package cn.gonghui.orgreplica;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Envelopes shaped as docs/events/membership describes them, each with a fresh event id. Paths in the
 * payloads are deliberately wrong: the replica must derive its own.
 */
final class Envelopes {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Envelopes() {
    }

    /** A base for a test's ids, far from the story's and from other tests' (they share one topic). */
    static long freshIds() {
        return ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;
    }

    static String creditCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            code.append(CREDIT_CODE_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CREDIT_CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    static String unionCreated(long union, Long parent) {
        ObjectNode data = data().put("unionId", union).put("path", "/999/" + union + "/").put("name", "工会 " + union)
                .put("kind", parent == null ? "DISTRICT_FEDERATION" : "ENTERPRISE_UNION").put("foundedOn", "2026-01-05");
        if (parent == null) {
            data.putNull("parentId");
        } else {
            data.put("parentId", parent);
        }
        return envelope("UnionCreated", "unions/" + union, data);
    }

    static String unionRenamed(long union, String name) {
        return envelope("UnionRenamed", "unions/" + union, data().put("unionId", union).put("name", name));
    }

    static String unionMoved(long union, long oldParent, long newParent) {
        return envelope("UnionMoved", "unions/" + union, data().put("unionId", union).put("oldParentId", oldParent)
                .put("newParentId", newParent).put("oldPath", "/998/" + union + "/").put("newPath", "/999/" + union + "/"));
    }

    static String unionDissolved(long union) {
        return envelope("UnionDissolved", "unions/" + union, data().put("unionId", union).put("path", "/999/" + union + "/")
                .put("dissolvedOn", "2026-11-20"));
    }

    static String enterpriseRegistered(long enterprise, String creditCode, long union) {
        return envelope("EnterpriseRegistered", "enterprises/" + enterprise, data().put("enterpriseId", enterprise)
                .put("creditCode", creditCode).put("name", "企业 " + enterprise).put("districtCode", "110115")
                .put("headcount", 12).put("ownership", "NON_PUBLIC").put("unionId", union).put("covered", true));
    }

    static String memberJoined(long member, long union, String gender, Integer birthYear) {
        ObjectNode data = data().put("memberId", member).put("unionId", union).put("joinedOn", "2026-02-01");
        data.putNull("enterpriseId");
        data.put("gender", gender);
        data.put("birthYear", birthYear);
        return envelope("MemberJoined", "members/" + member, data);
    }

    static String memberLeft(long member, long union) {
        return envelope("MemberLeft", "members/" + member, data().put("memberId", member).put("unionId", union)
                .put("leftOn", "2026-11-01"));
    }

    static String memberRetired(long member, long union) {
        return envelope("MemberRetired", "members/" + member, data().put("memberId", member).put("unionId", union)
                .put("retiredOn", "2026-10-01"));
    }

    static ObjectNode data() {
        return JSON.createObjectNode();
    }

    static String envelope(String type, String subject, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/gonghui/membership").put("type", type).put("time", "2026-11-23T10:00:00.000+08:00")
                .put("subject", subject).put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString();
    }
}
