package cn.gonghui.paging;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The shape of every list endpoint: one entity, restricted to the unions under a path prefix, in id
 * order after a cursor, with optional equality filters (a null value adds no filter). The unions are
 * an entity with {@code id} and {@code path}: membership's own union table, or another service's
 * organisation replica ({@code ReplicaUnion}).
 */
public final class SubtreeQuery<T> {

    private final Class<T> entity;
    private final PageRequest page;
    private final StringBuilder jpql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private SubtreeQuery(Class<T> entity, String unionEntity, String unionField, String pathPrefix, PageRequest page) {
        this.entity = entity;
        this.page = page;
        this.jpql = new StringBuilder("select e from " + entityName(entity) + " e, " + unionEntity + " u where u.id = e." + unionField
                + " and u.path like :prefix and e.id > :after");
        params.put("prefix", pathPrefix + "%");
        params.put("after", page.afterId());
    }

    /** The JPQL name: {@code @Entity(name = ...)} when given, else the class's simple name. */
    static String entityName(Class<?> entity) {
        Entity annotation = entity.getAnnotation(Entity.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : entity.getSimpleName();
    }

    /** Rows of {@code entity} whose {@code unionField} names a union (of {@code unionEntity}) under {@code pathPrefix}. */
    public static <T> SubtreeQuery<T> of(Class<T> entity, String unionEntity, String unionField, String pathPrefix,
            PageRequest page) {
        return new SubtreeQuery<>(entity, unionEntity, unionField, pathPrefix, page);
    }

    public SubtreeQuery<T> where(String field, Object value) {
        if (value != null) {
            jpql.append(" and e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
        return this;
    }

    /** Only rows whose {@code field} is null (e.g. not revoked). */
    public SubtreeQuery<T> whereNull(String field) {
        jpql.append(" and e.").append(field).append(" is null");
        return this;
    }

    public Page<T> fetch(EntityManager em, ToLongFunction<T> idOf) {
        TypedQuery<T> query = em.createQuery(jpql + " order by e.id", entity).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return page.page(query.getResultList(), idOf);
    }
}
