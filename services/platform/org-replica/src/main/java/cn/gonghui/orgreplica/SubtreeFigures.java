package cn.gonghui.orgreplica;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What every service's figures call ({@code GET /api/v1/stats/<service>}) shares: which union's subtree
 * and which period it counts, and native queries over them. The subtree is the CTE {@code sub (id, path)}
 * of the replica's unions under the root; {@code :start} and {@code :end} are the period's first and last
 * day (Asia/Shanghai, both included).
 */
@ApplicationScoped
public class SubtreeFigures {

    /** The root union, its path prefix ({@code /1/4/%}) and the period counted. */
    public record Period(long unionId, String prefix, LocalDate start, LocalDate end) {
    }

    private static final String SUB = "WITH sub AS (SELECT id, path FROM replica_union WHERE path LIKE :prefix) ";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    /** The union asked for, or an officer's own when left out; anyone else must name one (400, field unionId). */
    public long unionOrOwn(Long unionId) {
        return caller.unionOrOwn(unionId, "whose subtree to count");
    }

    /**
     * The subtree of {@code unionId} (403 when the caller does not reach it or it is unknown) and the period:
     * {@code to} defaults to today, {@code from} to the first of January of {@code to}'s year; 400 when from is after to.
     */
    public Period period(long unionId, LocalDate from, LocalDate to) {
        ReplicaUnion root = ReplicaUnion.findById(unionId);
        if (root == null || !unions.reaches(unionId)) {
            throw ProblemException.forbidden("union " + unionId + " is outside your scope or unknown");
        }
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return new Period(unionId, root.path + "%", start, end);
    }

    /** A native query over the subtree: {@code sql} follows the CTE {@code sub}; :prefix, :start and :end are bound where used. */
    public Query query(String sql, Period p) {
        Query q = em.createNativeQuery(SUB + sql);
        q.setParameter("prefix", p.prefix());
        if (sql.contains(":start")) {
            q.setParameter("start", p.start());
        }
        if (sql.contains(":end")) {
            q.setParameter("end", p.end());
        }
        return q;
    }

    /** The one row of a query with several columns. */
    public Object[] row(String sql, Period p) {
        return (Object[]) query(sql, p).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Period p) {
        return query(sql, p).getResultList();
    }

    /** A count or sum as a long; null (an empty sum) is 0. */
    public static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
