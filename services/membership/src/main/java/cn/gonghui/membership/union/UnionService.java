package cn.gonghui.membership.union;

import cn.gonghui.events.Outbox;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import cn.gonghui.scope.UnionScope;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The union tree's rules: who may create, rename, move and dissolve which union. */
@ApplicationScoped
public class UnionService {

    @Inject
    Clock clock;

    @Inject
    UnionScope scope;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Transactional
    public Union create(@NotNull @Valid UnionRequests.Create request) {
        lockTree();
        Union parent = null;
        if (request.parentId() == null) {
            if (!caller.is(Roles.DISTRICT_ADMIN)) {
                throw ProblemException.forbidden("only district admins create a district federation");
            }
        } else {
            parent = lockedActiveInScope(request.parentId(), "parentId");
        }
        if (!request.kind().mayHaveParent(parent == null ? null : parent.kind)) {
            throw ProblemException.invalid("kind", request.kind() + " cannot be placed under "
                    + (parent == null ? "nothing (it needs a parent)" : parent.kind));
        }
        Union union = new Union();
        union.parentId = request.parentId();
        union.name = request.name().strip();
        union.kind = request.kind();
        union.status = UnionStatus.ACTIVE;
        union.foundedOn = request.foundedOn() == null ? LocalDate.now(clock) : request.foundedOn();
        union.id = Union.nextId(em);
        union.path = (parent == null ? "/" : parent.path) + union.id + "/";
        union.persistAndFlush(); // written once, with its final path, at version 0 (review S13)
        outbox.record("UnionCreated", "unions/" + union.id, UnionEvents.KEY,
                new UnionEvents.UnionCreated(union.id, union.parentId, union.path, union.name, union.kind, union.foundedOn));
        return union;
    }

    public Union get(long id) {
        Union union = Union.findById(id);
        if (union == null || !scope.contains(union.path)) {
            throw ProblemException.notFound("union", id);
        }
        return union;
    }

    /** The union and everything under it, in id order; children-only when {@code childrenOnly}. */
    public Page<Union> subtree(long id, boolean childrenOnly, PageRequest page) {
        Union root = get(id);
        String query = childrenOnly ? "parentId = :root and id > :after order by id"
                : "path like :prefix and id > :after order by id";
        Parameters params = Parameters.with("after", page.afterId());
        params = childrenOnly ? params.and("root", root.id) : params.and("prefix", root.path + "%");
        return page.page(Union.<Union>find(query, params).page(0, page.fetchSize()).list(), u -> u.id);
    }

    /** The unions the caller may see, in id order. */
    public Page<Union> visible(UnionKind kind, PageRequest page) {
        String prefix = scope.subtreePrefix().orElse("/");
        Parameters params = Parameters.with("prefix", prefix + "%").and("after", page.afterId());
        String query = "path like :prefix and id > :after";
        if (kind != null) {
            query += " and kind = :kind";
            params = params.and("kind", kind);
        }
        return page.page(Union.<Union>find(query + " order by id", params).page(0, page.fetchSize()).list(), u -> u.id);
    }

    @Transactional
    public Union rename(long id, String ifMatch, @NotNull @Valid UnionRequests.Rename request) {
        Union union = get(id);
        Preconditions.requireMatch(ifMatch, union.version);
        LocalDate on = changeDate(union, request.renamedOn(), "renamedOn");
        String old = union.name;
        union.name = request.name().strip();
        em.flush();
        if (!old.equals(union.name)) {
            change(union, UnionChangeKind.RENAME, on, old, union.name);
        }
        outbox.record("UnionRenamed", "unions/" + union.id, UnionEvents.KEY, new UnionEvents.UnionRenamed(union.id, union.name));
        return union;
    }

    /** 工会法人变更: the union's credit code and legal representative, logged with the day they changed. */
    @Transactional
    public Union changeLegalPerson(long id, String ifMatch, @NotNull @Valid UnionRequests.LegalPerson request) {
        Union union = get(id);
        Preconditions.requireMatch(ifMatch, union.version);
        LocalDate on = changeDate(union, request.changedOn(), "changedOn");
        String old = union.legalPersonCode == null ? null : union.legalPersonCode + " " + union.legalRepresentative;
        union.legalPersonCode = UnifiedSocialCreditCode.normalize(request.creditCode());
        union.legalRepresentative = request.representative().strip();
        em.flush();
        change(union, UnionChangeKind.LEGAL_PERSON, on, old, union.legalPersonCode + " " + union.legalRepresentative);
        return union;
    }

    /** A union's renames and legal-person changes, by date. */
    public List<UnionChange> changes(long id) {
        return UnionChange.list("unionId = ?1 order by changedOn, id", get(id).id);
    }

    private LocalDate changeDate(Union union, LocalDate given, String field) {
        LocalDate on = PastDates.orToday(given, clock, field);
        if (on.isBefore(union.foundedOn)) {
            throw ProblemException.invalid(field, "must not be before the union was founded (" + union.foundedOn + ")");
        }
        return on;
    }

    private void change(Union union, UnionChangeKind kind, LocalDate on, String old, String now) {
        UnionChange c = new UnionChange();
        c.unionId = union.id;
        c.kind = kind;
        c.changedOn = on;
        c.oldValue = old;
        c.newValue = now;
        c.recordedBy = caller.subject();
        c.recordedAt = Instant.now(clock);
        c.persist();
    }

    /** Moves the union with its whole subtree under a new parent. */
    @Transactional
    public Union move(long id, @NotNull @Valid UnionRequests.Move request) {
        lockTree();
        Union union = get(id);
        em.lock(union, LockModeType.PESSIMISTIC_WRITE);
        if (union.parentId == null) {
            throw ProblemException.invalidState("the district federation is the root and cannot move");
        }
        if (caller.unionId().filter(own -> own == id).isPresent() && !caller.is(Roles.DISTRICT_ADMIN)) {
            throw ProblemException.forbidden("an officer cannot move their own union; ask the federation above");
        }
        Union parent = lockedActiveInScope(request.newParentId(), "newParentId");
        if (union.contains(parent)) {
            throw ProblemException.invalid("newParentId", "is the union itself or one of its descendants");
        }
        if (!union.kind.mayHaveParent(parent.kind)) {
            throw ProblemException.invalid("newParentId", union.kind + " cannot be placed under " + parent.kind);
        }
        String oldPath = union.path;
        Long oldParent = union.parentId;
        String newPath = parent.path + union.id + "/";
        em.createQuery("update Union u set u.path = concat(:newPath, substring(u.path, :cut)), u.version = u.version + 1 "
                + "where u.path like :oldPrefix and u.id <> :id")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPrefix", oldPath + "%")
                .setParameter("id", union.id)
                .executeUpdate();
        union.parentId = parent.id;
        union.path = newPath;
        em.flush();
        outbox.record("UnionMoved", "unions/" + union.id, UnionEvents.KEY, new UnionEvents.UnionMoved(union.id, oldParent, parent.id, oldPath, newPath));
        return union;
    }

    @Transactional
    public Union dissolve(long id, @NotNull @Valid UnionRequests.Dissolve request) {
        lockTree();
        Union union = get(id);
        if (caller.unionId().filter(own -> own == id).isPresent() && !caller.is(Roles.DISTRICT_ADMIN)) {
            // the same rule as move: an officer does not end their own scope; the federation above decides (review S22)
            throw ProblemException.forbidden("an officer cannot dissolve their own union; ask the federation above");
        }
        em.lock(union, LockModeType.PESSIMISTIC_WRITE);
        long children = Union.count("parentId = ?1 and status = ?2", id, UnionStatus.ACTIVE);
        long members = em.createQuery("select count(m) from Member m where m.unionId = :id and m.status = 'ACTIVE'", Long.class)
                .setParameter("id", id).getSingleResult();
        long pending = em.createQuery("select count(m) from Member m where m.unionId = :id and m.status = 'PENDING'", Long.class)
                .setParameter("id", id).getSingleResult();
        long incoming = em.createQuery("select count(t) from MemberTransfer t where t.toUnionId = :id and t.status = 'RELEASED'", Long.class)
                .setParameter("id", id).getSingleResult();
        union.dissolve(request.dissolvedOn() == null ? LocalDate.now(clock) : request.dissolvedOn(), request.reason(),
                new Union.Occupants(children, members, pending, incoming));
        em.flush();
        outbox.record("UnionDissolved", "unions/" + union.id, UnionEvents.KEY, new UnionEvents.UnionDissolved(union.id, union.path, union.dissolvedOn));
        return union;
    }

    /**
     * Changes to the tree's shape (found, move, dissolve) take turns, for the whole tree, until commit
     * (review S6). A path is copied from the parent's; a move rewrites every path under it, but cannot see a
     * child another transaction is inserting, so a child founded while an ancestor moves would keep the
     * old ancestry, and the old ancestor's officers its scope, for good. A row lock on the parent is not
     * enough: the move may be of any ancestor. Called first, before any union is read, so every read after
     * it sees the previous change committed. The lock is named after the schema, so services sharing a
     * database do not wait on each other.
     */
    void lockTree() {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.union-tree'))) AS locked")
                .getSingleResult();
    }

    /**
     * {@link #activeInScope}, under the tree lock and read again from the database: a union this transaction
     * read before it took the lock may have moved since, and its path is what the new path is copied from.
     */
    private Union lockedActiveInScope(long unionId, String field) {
        Union earlier = Union.findById(unionId);
        if (earlier != null) {
            em.refresh(earlier);
        }
        return activeInScope(unionId, field);
    }

    /** The path to list under: the given union's (in scope), else the caller's whole subtree. */
    public String listPath(Long unionId) {
        return unionId != null ? get(unionId).path : scope.subtreePrefix().orElse("/");
    }

    /**
     * A union a member is about to join, share-locked until commit so it cannot be dissolved meanwhile;
     * 409 when it already is (review S12: an application pending in a union dissolved before this rule).
     */
    public Union activeToJoin(long unionId) {
        Union union = Union.findById(unionId, LockModeType.PESSIMISTIC_READ);
        if (union == null || union.status != UnionStatus.ACTIVE) {
            throw ProblemException.invalidState("union " + unionId + " is dissolved and takes no members");
        }
        return union;
    }

    /**
     * An active union, whoever's scope it is in, or a problem naming the field that pointed at it. Like
     * {@link #activeInScope}, it share-locks the union until commit, so a dissolve waits for whatever this
     * transaction adds to it and then counts it (review S12).
     */
    public Union active(long unionId, String field) {
        Union union = Union.findById(unionId, LockModeType.PESSIMISTIC_READ);
        if (union == null || union.status != UnionStatus.ACTIVE) {
            throw ProblemException.invalid(field, "union " + unionId + " does not exist or is dissolved");
        }
        return union;
    }

    /** An active union the caller may act on, or a problem naming the field that pointed at it. */
    public Union activeInScope(long unionId, String field) {
        Union union = Union.findById(unionId, LockModeType.PESSIMISTIC_READ);
        if (union == null || !scope.contains(union.path)) {
            throw ProblemException.invalid(field, "union " + unionId + " does not exist or is outside your scope");
        }
        if (union.status != UnionStatus.ACTIVE) {
            throw ProblemException.invalid(field, "union " + unionId + " is dissolved");
        }
        return union;
    }
}
