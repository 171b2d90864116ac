package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void noHeaderMeansChinese() {
        assertThat(ProblemLanguage.english((String) null)).isFalse();
        assertThat(ProblemLanguage.english("")).isFalse();
        assertThat(ProblemLanguage.english("  ")).isFalse();
        assertThat(ProblemLanguage.english(",")).isFalse();
    }

    @Test
    void englishFirstMeansEnglishInAnyCaseOrRegion() {
        assertThat(ProblemLanguage.english("en")).isTrue();
        assertThat(ProblemLanguage.english("en-US")).isTrue();
        assertThat(ProblemLanguage.english(" EN-gb ")).isTrue();
        assertThat(ProblemLanguage.english("en;q=0.8")).isTrue();
        assertThat(ProblemLanguage.english("en-US,zh-CN;q=0.5")).isTrue();
    }

    @Test
    void anotherLanguageFirstMeansChinese() {
        assertThat(ProblemLanguage.english("zh-CN")).isFalse();
        assertThat(ProblemLanguage.english("zh-CN,en;q=0.9")).isFalse();
        assertThat(ProblemLanguage.english("fr-FR, en")).isFalse();
    }

    /** Before: the first listed language won whatever its weight, unlike the JAX-RS mappers. */
    @Test
    void theWeightsDecideNotTheOrder() {
        assertThat(ProblemLanguage.english("zh;q=0.5, en")).isTrue();
        assertThat(ProblemLanguage.english("en;q=0.2, zh-CN;q=0.9")).isFalse();
    }

    @Test
    void wildcardsAndEmptyEntriesAreSkipped() {
        assertThat(ProblemLanguage.english("*")).isFalse();
        assertThat(ProblemLanguage.english("*, en")).isTrue();
        assertThat(ProblemLanguage.english("*;q=0.1, zh")).isFalse();
        assertThat(ProblemLanguage.english(", ;q=1, en")).isTrue();
    }

    @Test
    void fromParsedHeadersTheFirstAcceptableLanguageDecides() {
        assertThat(ProblemLanguage.english((HttpHeaders) null)).isFalse();
        assertThat(ProblemLanguage.english(headers(List::of))).isFalse();
        assertThat(ProblemLanguage.english(headers(() -> List.of(Locale.ENGLISH)))).isTrue();
        assertThat(ProblemLanguage.english(headers(() -> List.of(Locale.US, Locale.CHINA)))).isTrue();
        assertThat(ProblemLanguage.english(headers(() -> List.of(Locale.CHINA, Locale.US)))).isFalse();
        assertThat(ProblemLanguage.english(headers(() -> List.of(new Locale("*"), Locale.UK)))).isTrue();
        assertThat(ProblemLanguage.english(headers(() -> List.of(new Locale("*"))))).isFalse();
    }

    @Test
    void aHeaderThatDoesNotParseMeansChinese() {
        assertThat(ProblemLanguage.english(headers(() -> {
            throw new IllegalArgumentException("malformed Accept-Language");
        }))).isFalse();
    }

    /** Only getAcceptableLanguages is asked; it answers the header's languages, best first. */
    private static HttpHeaders headers(Supplier<List<Locale>> languages) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return languages.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
