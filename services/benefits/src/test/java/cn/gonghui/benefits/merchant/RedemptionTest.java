package cn.gonghui.benefits.merchant;

import static cn.gonghui.benefits.Fixtures.merchant;
import static cn.gonghui.benefits.Fixtures.merchantWithOffer;
import static cn.gonghui.benefits.Fixtures.qr;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At the till: the QR proves membership for 60 seconds, once; offers keep to their subtree and quota; the merchant sees no personal data. */
@QuarkusTest
class RedemptionTest {

    OrgTree.Tree tree;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aValidTokenIsRedeemedOnceAndTheMerchantLearnsOnlyThatTheMemberIsValid() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String partner = "cinema-" + member % 1_000_000;
        long[] shop = merchantWithOffer(tree.district(), partner, 2);
        String token = qr(member);
        String body = merchant(partner).body(Map.of("token", token, "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(201).body("validMember", equalTo(true), "offerAllowed", equalTo(true), "usesLeft", equalTo(1))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(String.valueOf(member)).doesNotContain("memberId");
        // the same token again: replayed
        merchant(partner).body(Map.of("token", token, "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(409).body("detail", containsString("already used"));
        // a fresh token: the second and last use of the quota, then refused
        merchant(partner).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(201).body("usesLeft", equalTo(0));
        merchant(partner).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(409).body("detail", containsString("quota"));
        merchant(partner).get("/api/v1/redemptions").then().statusCode(200).body("items.size()", equalTo(2))
                .body(not(containsString("memberId")));
    }

    @Test
    void aTokenExpiresAfterSixtySecondsAndAForgedOneIsRefused() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String partner = "barber-" + member % 1_000_000;
        long[] shop = merchantWithOffer(tree.district(), partner, 5);
        String token = qr(member);
        // 55 s on it still works (the margin is for a slow machine between issuing and scanning)
        TestClock.CLOCK.advanceSeconds(55);
        merchant(partner).body(Map.of("token", token, "offerId", shop[1])).post("/api/v1/redemptions").then().statusCode(201);
        // 60 s on it has expired
        String late = qr(member);
        TestClock.CLOCK.advanceSeconds(60);
        merchant(partner).body(Map.of("token", late, "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(400).body("errors[0].field", equalTo("token"), "errors[0].problem", containsString("expired"));
        String[] parts = qr(member).split("\\.");
        String forged = (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2] + "." + parts[3];
        merchant(partner).body(Map.of("token", forged, "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(400).body("errors[0].field", equalTo("token"));
        merchant(partner).body(Map.of("token", "nonsense", "offerId", shop[1])).post("/api/v1/redemptions").then().statusCode(400);
    }

    @Test
    void anOfferIsForItsSubtreeItsDatesAndItsOwnMerchant() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long outsider = Fixtures.member(otherStreet);
        long member = Fixtures.member(tree.enterpriseUnion());
        String partner = "photo-" + member % 1_000_000;
        long[] shop = merchantWithOffer(tree.street(), partner, 5);
        merchant(partner).body(Map.of("token", qr(outsider), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(409).body("detail", containsString("not for this member's union"));
        String other = "rival-" + member % 1_000_000;
        merchantWithOffer(tree.street(), other, 5);
        merchant(other).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(400).body("errors[0].field", equalTo("offerId"));
        merchant("nobody-" + member % 1_000_000).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(403);
        merchant(other).get("/api/v1/merchants/" + shop[0]).then().statusCode(404);
        merchant(partner).get("/api/v1/merchants/" + shop[0] + "/offers").then().statusCode(200);
        TestClock.CLOCK.advanceDays(31);
        merchant(partner).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions")
                .then().statusCode(409).body("detail", containsString("valid from"));
        Api.asMember(member).get("/api/v1/redemptions").then().statusCode(403);
    }

    @Test
    void aMerchantThatLeftRedeemsNothing() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String partner = "gym-" + member % 1_000_000;
        long[] shop = merchantWithOffer(tree.district(), partner, 5);
        String etag = Api.asAdmin().get("/api/v1/merchants/" + shop[0]).then().extract().header("ETag");
        Api.asAdmin().body(Map.of()).post("/api/v1/merchants/" + shop[0] + "/leaving").then().statusCode(428);
        Api.asAdmin().header("If-Match", etag).body(Map.of()).post("/api/v1/merchants/" + shop[0] + "/leaving").then().statusCode(200);
        merchant(partner).body(Map.of("token", qr(member), "offerId", shop[1])).post("/api/v1/redemptions").then().statusCode(403);
    }
}
