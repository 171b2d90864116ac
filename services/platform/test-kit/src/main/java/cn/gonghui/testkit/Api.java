package cn.gonghui.testkit;

import static io.restassured.RestAssured.given;

import cn.gonghui.localstack.LocalStack;
import cn.gonghui.localstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests as a role, with a token signed by the JVM's local stack (the key the service
 * under test verifies with). JSON in, JSON out; change either per request as usual.
 */
public final class Api {

    private Api() {
    }

    /** The local stack's token minting; the stack must be running in this JVM (a {@code @QuarkusTest} started it). */
    public static Tokens tokens() {
        return LocalStack.tokens();
    }

    /** With this exact token (a forged or expired one, a token minted with {@link Tokens#mint}). */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A district admin (区总工会管理员): every union. */
    public static RequestSpecification asAdmin() {
        return as(tokens().districtAdmin());
    }

    /** An officer of the union (claim {@code unionId}): that union's subtree. */
    public static RequestSpecification asOfficer(long unionId) {
        return as(tokens().officer(unionId));
    }

    /** A member (claim {@code memberId}). */
    public static RequestSpecification asMember(long memberId) {
        return as(tokens().member(memberId));
    }

    /** A partner system, e.g. {@code asPartner(Roles.INSURER, "pingan")} (claim {@code partnerId}). */
    public static RequestSpecification asPartner(String role, String partnerId) {
        return as(tokens().partner(role, partnerId));
    }
}
