package cn.gonghui.membership.member;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import org.jboss.resteasy.reactive.Cache;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Tag(name = "Members 会员", description = "入会 joining, 审批 approval, 退会 leaving, 退休 retiring; ID numbers and phones always masked")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    MemberService members;

    @POST
    @Path("/applications")
    @Idempotent
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Apply to join 入会申请", description = "A worker applies from the app (member role): only in their own name, "
            + "as the identity provider's real-name claim realNameIdHash verifies (403 otherwise), at most "
            + "gonghui.members.self-applications-per-day times a day per account (429 beyond); the answer is 202 with status RECEIVED "
            + "whether or not the person already has a record. An officer applies on a worker's behalf within scope: 201 with the member, "
            + "409 if the person already has a record. The union approves or rejects.")
    @APIResponse(responseCode = "201", description = "an officer's application, created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "202", description = "an application from the app, received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationReceipt.class)))
    public Response apply(MemberRequests.Join request) {
        if (members.appliesForSelf()) {
            members.applyForSelf(request);
            return Response.accepted(ApplicationReceipt.RECEIVED).build();
        }
        return created(members.apply(request));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Enrol a member directly 直接登记入会")
    public Response enrol(MemberRequests.Join request) {
        return created(members.enrol(request));
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Members in your subtree 会员列表", description = "Filter by union or status. To find a person by ID number, use POST /api/v1/members/search.")
    public Page<MemberView> list(@QueryParam("unionId") Long unionId, @QueryParam("status") MemberStatus status,
            @Parameter(hidden = true) @QueryParam("idNumber") String idNumber,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (idNumber != null) {
            // an ID number must not travel in a URL (access logs, proxies, traces): review S5
            throw ProblemException.invalid("idNumber", "is no longer a query parameter; search by ID number with POST /api/v1/members/search");
        }
        return members.list(unionId, status, PageRequest.of(limit, cursor)).map(MemberView::of);
    }

    @POST
    @Path("/search")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Cache(noStore = true, isPrivate = true)
    @Operation(summary = "Find a person by ID number 按身份证号查找会员",
            description = "The ID number goes in the body, never in the URL. Needs the personal-data-reader permission and a reason; "
                    + "every call is audited, and each caller may search gonghui.members.id-searches-per-hour times an hour per pod (429 beyond). "
                    + "Answers the person's records in your scope (or in unionId's subtree), masked.")
    public Page<MemberView> search(MemberRequests.Search request) {
        return members.search(request).map(MemberView::of);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My membership 我的会员信息")
    public Response me() {
        return ok(members.me());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "One member 会员详情", description = "Members see only themselves; officers their subtree.")
    public Response get(@PathParam("id") long id) {
        return ok(members.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Approve an application 入会审批通过")
    public Response approve(@PathParam("id") long id) {
        return ok(members.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Reject an application 入会审批不通过")
    public Response reject(@PathParam("id") long id, MemberRequests.Reject request) {
        return ok(members.reject(id, request));
    }

    @POST
    @Path("/{id}/leave")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record leaving 退会")
    public Response leave(@PathParam("id") long id, MemberRequests.Leave request) {
        return ok(members.leave(id, request));
    }

    @POST
    @Path("/{id}/retire")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record retirement 退休 (membership kept)")
    public Response retire(@PathParam("id") long id, MemberRequests.Retire request) {
        return ok(members.retire(id, request));
    }

    @PATCH
    @Path("/{id}/contact")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Change my phone 修改联系方式", description = "Only the member themselves; needs If-Match.")
    public Response updateContact(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MemberRequests.Contact request) {
        return ok(members.updateContact(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/unmask")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Read ID number and phone in clear 查看完整敏感信息",
            description = "Needs the personal-data-reader permission and a reason; every call is audited.")
    @Cache(noStore = true, isPrivate = true)
    public MemberRequests.Unmasked unmask(@PathParam("id") long id, MemberRequests.Unmask request) {
        return members.unmask(id, request);
    }

    private static Response created(Member m) {
        return Response.created(URI.create("/api/v1/members/" + m.id)).tag(Preconditions.entityTag(m.version)).entity(MemberView.of(m)).build();
    }

    private static Response ok(Member m) {
        return Response.ok(MemberView.of(m)).tag(Preconditions.entityTag(m.version)).build();
    }
}
