package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void eachStatusWithATypeFindsIt() {
        assertThat(ProblemType.forStatus(401)).isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThat(ProblemType.forStatus(403)).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(406)).isEqualTo(ProblemType.NOT_ACCEPTABLE);
        assertThat(ProblemType.forStatus(412)).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(ProblemType.forStatus(413)).isEqualTo(ProblemType.TOO_LARGE);
        assertThat(ProblemType.forStatus(414)).isEqualTo(ProblemType.URI_TOO_LONG);
        assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(428)).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
        assertThat(ProblemType.forStatus(500)).isEqualTo(ProblemType.INTERNAL);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.UNAVAILABLE);
    }

    @Test
    void aStatusSharedBySeveralTypesFindsTheFirstDeclared() {
        assertThat(ProblemType.forStatus(400)).as("the mapper asks for BAD_REQUEST itself").isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void aStatusWithoutATypeFallsBackByClass() {
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(429)).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
        assertThat(ProblemType.forStatus(410)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
        assertThat(ProblemType.forStatus(504)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void everyTypeHasItsOwnUriUnderTheBaseAndBothTitles() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates()
                .allSatisfy(uri -> assertThat(uri.toString()).startsWith("https://gonghui.cn/problems/").matches(".*/[a-z-]+$"));
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.title(false)).as(type + " zh").isNotBlank().isNotEqualTo(type.title(true));
            assertThat(type.title(true)).as(type + " en").isNotBlank().matches("[\\x20-\\x7e]+");
            assertThat(type.status()).isBetween(400, 599);
        }
        assertThat(ProblemType.NOT_FOUND.uri()).hasToString("https://gonghui.cn/problems/not-found");
        assertThat(ProblemType.NOT_FOUND.title(false)).isEqualTo("资源不存在");
        assertThat(ProblemType.NOT_FOUND.title(true)).isEqualTo("Not found");
    }
}
