package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 5: 劳模 conferred in membership puts the member on assistance's care list; revoked takes them off. */
@ExtendWith(SystemStack.class)
class HonoursIT {

    @Test
    void aModelWorkerHonourPutsTheMemberOnTheCareListAndItsRevocationTakesThemOff() {
        Tree t = tree();
        Person p = enrol(t.grassroots());

        long honour = idempotent(admin(MEMBERSHIP)).body(Map.of("kind", "MODEL_WORKER", "level", "DISTRICT", "year", today().getYear(),
                        "recipientType", "MEMBER", "memberId", p.memberId(), "unionId", t.grassroots(), "title", "区劳动模范",
                        "awardedOn", today().toString()))
                .post("/honours").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitBody("member " + p.memberId() + " on the 劳模 care list", () -> officer(ASSISTANCE, t.street()).get("/model-workers"),
                page -> hasId(page, "items.memberId", p.memberId()));

        String etag = admin(MEMBERSHIP).get("/honours/" + honour).then().statusCode(200).extract().header("ETag");
        admin(MEMBERSHIP).header("If-Match", etag).body(Map.of("reason", "撤销称号")).post("/honours/" + honour + "/revoke").then().statusCode(200);
        awaitBody("member " + p.memberId() + " off the 劳模 care list", () -> officer(ASSISTANCE, t.street()).get("/model-workers"),
                page -> !hasId(page, "items.memberId", p.memberId()));
    }
}
