package cn.gonghui.paging;

import cn.gonghui.problems.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset pagination over a stable ascending id: {@code limit} 1-200 (default 50) and an opaque
 * {@code cursor} that names the last id already returned. Fetch {@link #fetchSize()} rows after
 * {@link #afterId()}, then call {@link #page}.
 */
public record PageRequest(int limit, long afterId) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String PREFIX = "v1:";

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? 0 : decode(cursor));
    }

    /** One more than the limit, to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    public <T> Page<T> page(List<T> fetched, ToLongFunction<T> idOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, encode(idOf.applyAsLong(items.get(limit - 1))));
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            long id = Long.parseLong(raw.substring(PREFIX.length()));
            if (id < 0) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API issued");
        }
    }
}
