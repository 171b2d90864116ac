package cn.gonghui.benefits.giveaway;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 线上抽奖/赠送: members of the giveaway's subtree enter once from their phones; one draw picks the winners at random. */
@Path("/api/v1/giveaways")
@Tag(name = "Giveaways 线上抽奖与赠送", description = "Online draws and giveaways (e-book cards, summer packs): entries from members' phones, one draw")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiveawayResource {

    @Schema(name = "GiveawayPlan")
    public record Plan(@NotNull Long unionId, @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String item,
            @NotNull @Min(1) @Max(1000000) Integer quantity, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    }

    public record GiveawayView(Long id, Long unionId, String title, String item, int quantity, LocalDate opensOn, LocalDate closesOn,
            LocalDate drawnOn, long entries, long winners) {
    }

    /** The member's entry: whether they won, once drawn. */
    public record EntryView(Long giveawayId, OffsetDateTime enteredAt, boolean drawn, boolean won) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    ReplicaMembers members;

    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Plan a giveaway 发布抽奖/赠送", description = "quantity items for the members of unionId's subtree, entries from opensOn to closesOn.")
    public Response plan(@NotNull @Valid Plan request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ProblemException.invalid("closesOn", "must not be before opensOn");
        }
        Giveaway g = new Giveaway();
        g.unionId = request.unionId();
        g.title = request.title().strip();
        g.item = request.item().strip();
        g.quantity = request.quantity();
        g.opensOn = request.opensOn();
        g.closesOn = request.closesOn();
        g.persistAndFlush();
        return Response.created(URI.create("/api/v1/giveaways/" + g.id)).entity(view(g)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Giveaways of your subtree 抽奖/赠送列表", description = "With entries and winners.")
    public Page<GiveawayView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(Giveaway.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, g -> g.id).map(this::view);
    }

    @POST
    @Path("/{id}/entries")
    @Transactional
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Enter 参与", description = "Once per member (entering again changes nothing), between opensOn and closesOn, for members of "
            + "the giveaway's subtree (404 otherwise).")
    public EntryView enter(@PathParam("id") long id) {
        ReplicaMember member = caller.memberId().flatMap(members::find).filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.forbidden("only an active member enters"));
        Giveaway g = forMember(id, member);
        g.requireOpen(LocalDate.now(clock));
        em.createNativeQuery("INSERT INTO giveaway_entry (giveaway_id, member_id, union_id, entered_at) VALUES (:g, :m, :u, :at)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("g", g.id).setParameter("m", member.id).setParameter("u", member.unionId)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        return entry(g, member.id);
    }

    @GET
    @Path("/{id}/entries/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My entry 我的参与", description = "Whether the member entered and, once drawn, won; 404 without an entry.")
    public EntryView mine(@PathParam("id") long id) {
        ReplicaMember member = caller.memberId().flatMap(members::find)
                .orElseThrow(() -> ProblemException.notFound("giveaway", id));
        return entry(forMember(id, member), member.id);
    }

    @POST
    @Path("/{id}/draw")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Draw 开奖", description = "Once, from the day after entries close: quantity entries (or all, when fewer) win, at random.")
    public GiveawayView draw(@PathParam("id") long id) {
        Giveaway g = Giveaway.findById(id);
        if (g == null || !unions.reaches(g.unionId)) {
            throw ProblemException.notFound("giveaway", id);
        }
        g = em.find(Giveaway.class, g.id, LockModeType.PESSIMISTIC_WRITE);
        g.draw(LocalDate.now(clock));
        em.createNativeQuery("UPDATE giveaway_entry SET won = true WHERE giveaway_id = :g AND member_id IN"
                        + " (SELECT member_id FROM giveaway_entry WHERE giveaway_id = :g ORDER BY random() LIMIT :q)")
                .setParameter("g", g.id).setParameter("q", g.quantity).executeUpdate();
        em.flush();
        return view(g);
    }

    private Giveaway forMember(long id, ReplicaMember member) {
        Giveaway g = Giveaway.findById(id);
        ReplicaUnion union = ReplicaUnion.findById(member.unionId);
        if (g == null || union == null || !union.path.contains("/" + g.unionId + "/")) {
            throw ProblemException.notFound("giveaway", id);
        }
        return g;
    }

    private EntryView entry(Giveaway g, long memberId) {
        List<?> rows = em.createNativeQuery("SELECT (extract(epoch FROM entered_at) * 1000)::bigint, won FROM giveaway_entry"
                        + " WHERE giveaway_id = :g AND member_id = :m")
                .setParameter("g", g.id).setParameter("m", memberId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("entry in giveaway", g.id);
        }
        Object[] row = (Object[]) rows.get(0);
        OffsetDateTime at = java.time.Instant.ofEpochMilli(((Number) row[0]).longValue()).atZone(clock.getZone()).toOffsetDateTime();
        return new EntryView(g.id, at, g.drawnOn != null, (Boolean) row[1]);
    }

    private GiveawayView view(Giveaway g) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE won) FROM giveaway_entry WHERE giveaway_id = :g")
                .setParameter("g", g.id).getSingleResult();
        return new GiveawayView(g.id, g.unionId, g.title, g.item, g.quantity, g.opensOn, g.closesOn, g.drawnOn,
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }
}
