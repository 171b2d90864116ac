package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedDatesTest {

    public static class Person {
        public LocalDate born;
        public List<LocalDate> holidays;
    }

    /** As Quarkus builds it: the JavaTimeModule first, BoundedDates last (lowest priority). */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new BoundedDates().customize(mapper);
        return mapper;
    }

    @Test
    void runsAfterEveryOtherCustomizer() {
        assertThat(new BoundedDates().priority()).isEqualTo(ObjectMapperCustomizer.MINIMUM_PRIORITY);
    }

    @Test
    void datesInRangeAreRead() throws Exception {
        assertThat(read("\"2026-03-01\"")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(read("\"1900-01-01\"")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(read("\"2199-12-31\"")).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(read("\" 2026-03-01 \"")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(read("null")).isNull();
    }

    @Test
    void yearsPostgresCannotStoreAreRefusedNamingTheField() {
        for (String value : new String[] {"-5000000-01-01", "+9999999-12-31", "1899-12-31", "2200-01-01"}) {
            InvalidFormatException e = refused("\"" + value + "\"", InvalidFormatException.class);
            assertThat(e.getValue()).isEqualTo(value);
            assertThat(e.getTargetType()).isEqualTo(LocalDate.class);
            assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("born");
            assertThat(e.getOriginalMessage()).isEqualTo("a date yyyy-MM-dd between 1900-01-01 and 2199-12-31");
        }
    }

    @Test
    void textThatIsNoDateIsRefused() {
        refused("\"2026-02-30\"", InvalidFormatException.class);
        refused("\"01/03/2026\"", InvalidFormatException.class);
        refused("\"\"", InvalidFormatException.class);
        refused("20260301", InvalidFormatException.class);
    }

    @Test
    void aValueThatIsNotTextIsTheWrongShape() {
        refused("[2026, 3, 1]", MismatchedInputException.class);
        refused("{\"year\": 2026}", MismatchedInputException.class);
    }

    @Test
    void datesInsideListsAreBoundedToo() {
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> mapper().readValue("{\"holidays\":[\"2026-10-01\",\"+9999999-12-31\"]}", Person.class));
        assertThat(e).isNotNull();
        assertThat(e.getPath()).extracting(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .containsExactly("holidays", "[1]");
    }

    @Test
    void theMapperNamesTheFieldInTheProblem() {
        InvalidFormatException e = refused("\"+9999999-12-31\"", InvalidFormatException.class);
        Problem problem = (Problem) new ProblemMappers().invalidFormat(e, null, null).getEntity();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new FieldProblem("born", "has the wrong format for LocalDate"));
    }

    private static LocalDate read(String json) throws Exception {
        return mapper().readValue("{\"born\":" + json + "}", Person.class).born;
    }

    private static <T extends Throwable> T refused(String json, Class<T> type) {
        T e = catchThrowableOfType(type, () -> read(json));
        assertThat(e).as(json).isNotNull();
        return e;
    }
}
