package cn.gonghui.problems;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Query, path and header parameters of type Integer, Long, Double, LocalDate or an enum: a value that
 * does not parse answers 400 naming the parameter, instead of JAX-RS's bare 404 ({@code ?limit=abc}).
 * Dates must lie in 1900–2199, inside what PostgreSQL stores, so a year like +9999999 never reaches it.
 */
@Provider
public class TypedParamConverters implements ParamConverterProvider {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType.isEnum()) {
            return converter(name, "must be one of " + Arrays.toString(rawType.getEnumConstants()),
                    value -> (T) Enum.valueOf((Class) rawType, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(name, "must be a whole number", value -> (T) Integer.valueOf(value.strip()));
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(name, "must be a whole number", value -> (T) Long.valueOf(value.strip()));
        }
        if (rawType == Double.class || rawType == double.class) {
            return converter(name, "must be a finite number", value -> (T) finite(Double.valueOf(value.strip())));
        }
        if (rawType == LocalDate.class) {
            return converter(name, "must be a date yyyy-MM-dd between 1900-01-01 and 2199-12-31", value -> (T) date(value));
        }
        return null;
    }

    private static Double finite(Double value) {
        if (value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException("not finite");
        }
        return value;
    }

    /** A yyyy-MM-dd date within 1900–2199; anything else throws (IllegalArgumentException or DateTimeParseException). */
    static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value.strip());
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException("out of range");
        }
        return date;
    }

    private static <T> ParamConverter<T> converter(String name, String problem, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.invalid(name, problem);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }
}
