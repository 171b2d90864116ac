package cn.gonghui.paging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JPQL SubtreeQuery hands the EntityManager, and what it does with the rows; no database. */
class SubtreeQueryTest {

    record Member(long id) {
    }

    enum Status { ACTIVE, LEFT }

    @jakarta.persistence.Entity(name = "CaseFile")
    record NamedEntity(long id) {
    }

    /** What the query was built with, and the rows it answers. */
    static final class Recorded {
        String jpql;
        Class<?> resultClass;
        Integer maxResults;
        final Map<String, Object> params = new LinkedHashMap<>();
        List<?> rows = List.of();
    }

    final Recorded recorded = new Recorded();

    @Test
    void rowsUnderThePrefixAfterTheCursorInIdOrder() {
        SubtreeQuery.of(Member.class, "Union", "unionId", "/1/2/", PageRequest.of(20, null)).fetch(em(), Member::id);
        assertThat(recorded.jpql).isEqualTo("select e from Member e, Union u where u.id = e.unionId"
                + " and u.path like :prefix and e.id > :after order by e.id");
        assertThat(recorded.resultClass).isEqualTo(Member.class);
        assertThat(recorded.params).containsExactly(Map.entry("prefix", "/1/2/%"), Map.entry("after", 0L));
        assertThat(recorded.maxResults).as("one more than the limit, to see whether a next page exists").isEqualTo(21);
    }

    @Test
    void theUnionEntityIsNamedByTheService() {
        SubtreeQuery.of(Member.class, "ReplicaUnion", "unionId", "/1/", PageRequest.of(null, null)).fetch(em(), Member::id);
        assertThat(recorded.jpql).startsWith("select e from Member e, ReplicaUnion u where u.id = e.unionId");
        assertThat(recorded.maxResults).isEqualTo(51);
    }

    /** Before: the class's simple name was used, and JPQL does not know an entity by that name. */
    @Test
    void anEntityWithItsOwnJpqlNameIsQueriedByThatName() {
        SubtreeQuery.of(NamedEntity.class, "Union", "unionId", "/1/", PageRequest.of(null, null)).fetch(em(), NamedEntity::id);
        assertThat(recorded.jpql).startsWith("select e from CaseFile e, Union u");
    }

    @Test
    void aCursorContinuesAfterTheLastIdReturned() {
        String cursor = PageRequest.encode(4711);
        SubtreeQuery.of(Member.class, "Union", "unionId", "/1/", PageRequest.of(10, cursor)).fetch(em(), Member::id);
        assertThat(recorded.params).containsEntry("after", 4711L);
    }

    @Test
    void filtersWithAValueAreAddedAndNullFiltersAreNot() {
        SubtreeQuery.of(Member.class, "Union", "unionId", "/1/", PageRequest.of(10, null))
                .where("status", Status.ACTIVE).where("enterpriseId", null).where("retired", false)
                .fetch(em(), Member::id);
        assertThat(recorded.jpql).isEqualTo("select e from Member e, Union u where u.id = e.unionId"
                + " and u.path like :prefix and e.id > :after and e.status = :status and e.retired = :retired order by e.id");
        assertThat(recorded.params).containsOnlyKeys("prefix", "after", "status", "retired")
                .containsEntry("status", Status.ACTIVE).containsEntry("retired", false);
    }

    @Test
    void aFullPageCarriesTheCursorOfItsLastRow() {
        recorded.rows = List.of(new Member(5), new Member(8), new Member(13));
        Page<Member> page = SubtreeQuery.of(Member.class, "Union", "unionId", "/1/", PageRequest.of(2, null)).fetch(em(), Member::id);
        assertThat(page.items()).containsExactly(new Member(5), new Member(8));
        assertThat(PageRequest.of(2, page.nextCursor()).afterId()).isEqualTo(8L);
    }

    @Test
    void theLastPageHasNoCursor() {
        recorded.rows = List.of(new Member(5), new Member(8));
        Page<Member> page = SubtreeQuery.of(Member.class, "Union", "unionId", "/1/", PageRequest.of(2, null)).fetch(em(), Member::id);
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    /** An EntityManager that only creates typed queries, and a query that records what it is given. */
    private EntityManager em() {
        return proxy(EntityManager.class, (method, args) -> {
            if (method.equals("createQuery") && args.length == 2 && args[1] instanceof Class<?> type) {
                recorded.jpql = (String) args[0];
                recorded.resultClass = type;
                return query();
            }
            throw new UnsupportedOperationException(method);
        });
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<Object> query() {
        TypedQuery<Object>[] self = new TypedQuery[1];
        self[0] = proxy(TypedQuery.class, (method, args) -> switch (method) {
            case "setMaxResults" -> {
                recorded.maxResults = (Integer) args[0];
                yield self[0];
            }
            case "setParameter" -> {
                if (!(args[0] instanceof String name) || args.length != 2) {
                    throw new UnsupportedOperationException("setParameter by position or with a temporal type");
                }
                recorded.params.put(name, args[1]);
                yield self[0];
            }
            case "getResultList" -> recorded.rows;
            default -> throw new UnsupportedOperationException(method);
        });
        return self[0];
    }

    @FunctionalInterface
    interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.handle(method.getName(), args == null ? new Object[0] : args));
    }
}
