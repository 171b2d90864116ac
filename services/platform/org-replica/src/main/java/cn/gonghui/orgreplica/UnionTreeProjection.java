package cn.gonghui.orgreplica;

import cn.gonghui.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 工会组织: applies UnionCreated, UnionRenamed, UnionMoved and UnionDissolved to {@code replica_union}. A
 * path is always the replica's own parent path plus the union's id; a move rewrites the path prefix of
 * the union and every descendant.
 *
 * <p>An event that needs a union the replica does not have (a creation under an unknown parent, a move
 * under an unknown parent, anything about an unknown union) is parked, and re-applied right after that
 * union is created or changed; a re-applied event may itself release others. While one event of a union
 * is parked, that union's later events park behind it, so each union's events keep their order. A move
 * into the moved union's own subtree, which only an out-of-order delivery could show, waits for the new
 * parent to move out.
 */
@ApplicationScoped
class UnionTreeProjection {


    @Inject
    EntityManager em;

    @Inject
    ParkedEvents parked;

    void apply(EventEnvelope event) {
        // serialises this service's union-tree changes across threads and pods, so a park and the release
        // it waits for never cross; named after the schema, so services sharing a database do not wait on each other
        Sql.list(em, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.org-tree'))", rs -> true);
        attempt(event, null);
    }

    private void attempt(EventEnvelope event, Long parkedSeq) {
        Payload data = Payload.of(event);
        long unionId = data.id("unionId");
        Long awaited = awaited(unionId, data, parkedSeq);
        if (awaited != null) {
            parked.park(event, unionId, awaited, parkedSeq);
            return;
        }
        if (parkedSeq != null) {
            parked.remove(parkedSeq);
        }
        switch (event.type()) {
            case "UnionCreated" -> create(unionId, data);
            case "UnionRenamed" -> Sql.update(em, "UPDATE replica_union SET name = ? WHERE id = ?", data.text("name"), unionId);
            case "UnionMoved" -> placeUnder(unionId, data.id("newParentId"));
            case "UnionDissolved" -> Sql.update(em, "UPDATE replica_union SET status = 'DISSOLVED', dissolved_on = ? WHERE id = ?",
                    data.date("dissolvedOn"), unionId);
            default -> throw new IllegalArgumentException("not a union-tree event: " + event.type());
        }
        for (ParkedEvents.Parked waiting : parked.waitingFor(unionId)) {
            attempt(waiting.event(), waiting.seq());
        }
    }

    /** The union this event has to wait for, or null when it applies now. */
    private Long awaited(long unionId, Payload data, Long parkedSeq) {
        Optional<Long> behind = parked.awaitedByEarlierEventOf(unionId, parkedSeq);
        if (behind.isPresent()) {
            return behind.get();
        }
        if ("UnionCreated".equals(data.type())) {
            Long parent = data.optionalId("parentId");
            return parent == null ? null : awaitedParent(unionId, parent);
        }
        if (pathOf(unionId).isEmpty()) {
            return unionId;
        }
        return "UnionMoved".equals(data.type()) ? awaitedParent(unionId, data.id("newParentId")) : null;
    }

    private Long awaitedParent(long unionId, long parent) {
        Optional<String> parentPath = pathOf(parent);
        if (parentPath.isEmpty()) {
            return parent;
        }
        Optional<String> own = pathOf(unionId);
        return own.isPresent() && parentPath.get().startsWith(own.get()) ? parent : null;
    }

    private void create(long unionId, Payload data) {
        Long parent = data.optionalId("parentId");
        String name = data.text("name");
        String kind = data.text("kind");
        LocalDate foundedOn = data.date("foundedOn");
        if (pathOf(unionId).isPresent()) {
            Sql.update(em, "UPDATE replica_union SET name = ?, kind = ?, founded_on = ? WHERE id = ?", name, kind, foundedOn, unionId);
            placeUnder(unionId, parent);
        } else {
            Sql.update(em, "INSERT INTO replica_union (id, parent_id, path, name, kind, status, founded_on) "
                    + "VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)", unionId, parent, childPath(parent, unionId), name, kind, foundedOn);
        }
    }

    private void placeUnder(long unionId, Long parent) {
        String oldPath = pathOf(unionId).orElseThrow();
        String newPath = childPath(parent, unionId);
        Sql.update(em, "UPDATE replica_union SET parent_id = ? WHERE id = ?", parent, unionId);
        Sql.update(em, "UPDATE replica_union SET path = ? || substr(path, ?) WHERE path LIKE ?",
                newPath, oldPath.length() + 1, oldPath + "%");
    }

    private String childPath(Long parent, long unionId) {
        return (parent == null ? "/" : pathOf(parent).orElseThrow()) + unionId + "/";
    }

    private Optional<String> pathOf(long unionId) {
        return Sql.first(em, "SELECT path FROM replica_union WHERE id = ?", rs -> rs.getString(1), unionId);
    }
}
