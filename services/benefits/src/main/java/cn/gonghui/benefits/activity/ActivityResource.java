package cn.gonghui.benefits.activity;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Activities 活动", description = "Sports, culture, lectures, training classes, competitions, socials, outreach days, counselling, "
        + "health checks, childcare, camps, job fairs …: sign-ups with places and a waitlist, sessions, attendance and walk-ins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    ActivityService activities;

    @POST
    @Path("/activities")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Plan an activity 发布活动", description = "places: leave out for no limit. Members sign up between signupOpensOn "
            + "and signupClosesOn; without a window the activity is on site only (walk-ins).")
    public Response plan(ActivityRequests.Plan request) {
        ActivityViews.ActivityView view = activities.view(activities.plan(request));
        return Response.created(URI.create("/api/v1/activities/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Path("/activities")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Activities of your subtree 活动列表", description = "unionId narrows to that union's subtree; category filters.")
    public Page<ActivityViews.ActivityView> list(@QueryParam("unionId") Long unionId, @QueryParam("category") ActivityCategory category,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return activities.list(unionId, category, PageRequest.of(limit, cursor)).map(activities::view);
    }

    @GET
    @Path("/activities/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEMBER})
    @Operation(summary = "One activity 活动详情", description = "With places confirmed and waitlisted. A member sees the activities of their "
            + "union and the unions above it.")
    public Response get(@PathParam("id") long id) {
        ActivityViews.ActivityView view = activities.view(activities.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/activities/{id}/sessions")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Add a session 场次", description = "A day of the activity, between its start and end, at a place.")
    public Response addSession(@PathParam("id") long id, ActivityRequests.Session request) {
        ActivitySession s = activities.addSession(id, request);
        return Response.created(URI.create("/api/v1/activities/" + id + "/sessions"))
                .entity(new ActivityViews.SessionView(s.id, s.activityId, s.heldOn, s.place, s.walkIns, 0)).build();
    }

    @GET
    @Path("/activities/{id}/sessions")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEMBER})
    @Operation(summary = "An activity's sessions 场次列表", description = "With the members who attended and the walk-ins.")
    public List<ActivityViews.SessionView> sessions(@PathParam("id") long id) {
        return activities.sessions(id);
    }

    @POST
    @Path("/sessions/{id}/attendance")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record attendance 签到", description = "The members who came (each counted once per session; sending them again "
            + "changes nothing) and the walk-in headcount, which replaces the one recorded before.")
    public ActivityViews.SessionView attend(@PathParam("id") long id, ActivityRequests.Attendance request) {
        return activities.attend(id, request);
    }

    @POST
    @Path("/activities/{id}/signups")
    @Idempotent
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Sign up 报名", description = "For the member themselves: CONFIRMED while places last, then WAITLISTED in order. 409 "
            + "outside the sign-up window or when already signed up; 400 when the member is not in the audience (women, young).")
    public Response signUp(@PathParam("id") long id) {
        ActivityViews.SignupView view = ActivityViews.SignupView.of(activities.signUp(id));
        return Response.created(URI.create("/api/v1/signups/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/activities/{id}/signups")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "An activity's sign-ups 报名名单", description = "For the union that runs it (or one above).")
    public Page<ActivityViews.SignupView> signups(@PathParam("id") long id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return activities.signups(id, PageRequest.of(limit, cursor)).map(ActivityViews.SignupView::of);
    }

    @GET
    @Path("/signups/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My sign-ups 我的报名", description = "Only the member's own.")
    public Page<ActivityViews.SignupView> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return activities.mine(PageRequest.of(limit, cursor)).map(ActivityViews.SignupView::of);
    }

    @POST
    @Path("/signups/{id}/cancellation")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Cancel my sign-up 取消报名", description = "A freed place goes to the first on the waitlist. Cancelling twice is harmless.")
    public ActivityViews.SignupView cancel(@PathParam("id") long id) {
        return ActivityViews.SignupView.of(activities.cancel(id));
    }
}
