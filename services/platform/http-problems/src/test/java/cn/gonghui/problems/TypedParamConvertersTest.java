package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedParamConvertersTest {

    enum Status { ACTIVE, LEFT }

    /** The parameters a resource method would declare; only their types and annotations are used. */
    @SuppressWarnings("unused")
    static void resource(@QueryParam("limit") Integer limit, @PathParam("id") long id, @HeaderParam("X-Radius") Double radius,
            @QueryParam("from") LocalDate from, @QueryParam("status") Status status, @QueryParam("q") String q, int bare) {
    }

    static final TypedParamConverters CONVERTERS = new TypedParamConverters();

    @Test
    void wholeNumbersParseAndAnythingElseIsANamed400() {
        ParamConverter<Integer> limit = converter("limit");
        assertThat(limit.fromString("20")).isEqualTo(20);
        assertThat(limit.fromString(" 20 ")).isEqualTo(20);
        refused(() -> limit.fromString("abc"), "limit", "must be a whole number");
        refused(() -> limit.fromString("2.5"), "limit", "must be a whole number");
        refused(() -> limit.fromString("99999999999"), "limit", "must be a whole number");

        ParamConverter<Long> id = converter("id");
        assertThat(id.fromString("9007199254740993")).isEqualTo(9007199254740993L);
        refused(() -> id.fromString("12abc"), "id", "must be a whole number");
    }

    @Test
    void numbersParseAndAnythingElseIsANamed400() {
        ParamConverter<Double> radius = converter("radius");
        assertThat(radius.fromString("1.5")).isEqualTo(1.5);
        assertThat(radius.fromString("2e3")).isEqualTo(2000.0);
        refused(() -> radius.fromString("far"), "X-Radius", "must be a finite number");
        refused(() -> radius.fromString("NaN"), "X-Radius", "must be a finite number");
        refused(() -> radius.fromString("Infinity"), "X-Radius", "must be a finite number");
    }

    @Test
    void datesParseWithin1900To2199() {
        ParamConverter<LocalDate> from = converter("from");
        String problem = "must be a date yyyy-MM-dd between 1900-01-01 and 2199-12-31";
        assertThat(from.fromString("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(from.fromString("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(from.fromString("2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        refused(() -> from.fromString("1899-12-31"), "from", problem);
        refused(() -> from.fromString("2200-01-01"), "from", problem);
        refused(() -> from.fromString("+9999999-12-31"), "from", problem);
        refused(() -> from.fromString("-5000000-01-01"), "from", problem);
        refused(() -> from.fromString("2026-02-30"), "from", problem);
        refused(() -> from.fromString("2026/03/01"), "from", problem);
        refused(() -> from.fromString("yesterday"), "from", problem);
    }

    @Test
    void enumsTakeTheirExactNames() {
        ParamConverter<Status> status = converter("status");
        assertThat(status.fromString("LEFT")).isEqualTo(Status.LEFT);
        refused(() -> status.fromString("left"), "status", "must be one of [ACTIVE, LEFT]");
        refused(() -> status.fromString("GONE"), "status", "must be one of [ACTIVE, LEFT]");
        assertThat(status.toString(Status.ACTIVE)).isEqualTo("ACTIVE");
    }

    @Test
    void anEmptyOrMissingValueIsNoValue() {
        for (String name : new String[] {"limit", "id", "radius", "from", "status"}) {
            ParamConverter<Object> c = converter(name);
            assertThat(c.fromString(null)).as(name).isNull();
            assertThat(c.fromString("")).as(name).isNull();
            assertThat(c.toString(null)).as(name).isNull();
        }
    }

    @Test
    void otherTypesAreLeftToJaxRs() {
        Parameter q = parameter("q");
        assertThat(CONVERTERS.getConverter(String.class, String.class, q.getAnnotations())).isNull();
    }

    @Test
    void aParameterWithoutAnnotationIsCalledParameter() {
        ParamConverter<Integer> bare = CONVERTERS.getConverter(int.class, int.class, new Annotation[0]);
        refused(() -> bare.fromString("x"), "parameter", "must be a whole number");
    }

    @SuppressWarnings("unchecked")
    private static <T> ParamConverter<T> converter(String javaName) {
        Parameter p = parameter(javaName);
        ParamConverter<T> converter = (ParamConverter<T>) CONVERTERS.getConverter(p.getType(), p.getParameterizedType(), p.getAnnotations());
        assertThat(converter).as(javaName).isNotNull();
        return converter;
    }

    private static Parameter parameter(String javaName) {
        for (Method m : TypedParamConvertersTest.class.getDeclaredMethods()) {
            if (m.getName().equals("resource")) {
                for (Parameter p : m.getParameters()) {
                    if (p.getName().equals(javaName)) {
                        return p;
                    }
                }
            }
        }
        throw new IllegalArgumentException(javaName + " (compiled without -parameters?)");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String problem) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);
        assertThat(e).as("%s refused", field).isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(e.getResponse().getStatus()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(new FieldProblem(field, problem));
    }
}
