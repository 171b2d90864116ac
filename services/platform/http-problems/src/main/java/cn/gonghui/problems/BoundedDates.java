package cn.gonghui.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates in request bodies must be yyyy-MM-dd between 1900-01-01 and 2199-12-31: ISO-8601 also allows
 * years like -5000000, which PostgreSQL cannot store (a 500 before). Out of range is a 400 naming the field.
 */
@Singleton
public class BoundedDates implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers the JavaTimeModule, whose LocalDate deserializer this one replaces. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("gonghui-bounded-dates").addDeserializer(LocalDate.class, new Deserializer()));
    }

    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            try {
                return TypedParamConverters.date(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // answered below
            }
            throw InvalidFormatException.from(p, "a date yyyy-MM-dd between 1900-01-01 and 2199-12-31", text, LocalDate.class);
        }
    }
}
