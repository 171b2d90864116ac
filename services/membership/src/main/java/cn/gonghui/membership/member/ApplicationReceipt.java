package cn.gonghui.membership.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an application from the app: the same whether the person already has a record or not,
 * so an application cannot be used to learn who is a member (review S2).
 */
@Schema(name = "MemberApplicationReceipt")
public record ApplicationReceipt(
        @Schema(description = "always RECEIVED: the union reviews the application; an existing membership is kept as it is") String status) {

    public static final ApplicationReceipt RECEIVED = new ApplicationReceipt("RECEIVED");
}
