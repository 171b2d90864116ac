package cn.gonghui.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToFiftyFromTheStart() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(50, 0));
    }

    @Test
    void cursorRoundTripsTheLastId() {
        Page<Long> page = PageRequest.of(2, null).page(List.of(10L, 11L, 12L), Long::longValue);
        assertThat(page.items()).containsExactly(10L, 11L);
        assertThat(PageRequest.of(2, page.nextCursor()).afterId()).isEqualTo(11L);
    }

    @Test
    void lastPageHasNoCursor() {
        assertThat(PageRequest.of(2, null).page(List.of(10L, 11L), Long::longValue).nextCursor()).isNull();
    }

    @Test
    void rejectsLimitOutOfRange() {
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("limit"));
        assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void rejectsForgedCursor() {
        assertThatThrownBy(() -> PageRequest.of(10, "bm90LWEtY3Vyc29y")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> PageRequest.of(10, "%%%")).isInstanceOf(ProblemException.class);
    }
}
