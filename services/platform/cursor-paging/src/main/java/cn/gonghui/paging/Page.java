package cn.gonghui.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code items} and, when more follow, the {@code nextCursor} to ask for them. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
