package cn.gonghui.orgreplica;

import cn.gonghui.events.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The {@code data} of one event, read field by field; fields the replica does not use are never looked at.
 * A missing required field throws, so the consumer dead-letters the event.
 */
record Payload(String type, JsonNode data) {

    static Payload of(EventEnvelope event) {
        if (event.data() == null || !event.data().isObject()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no data object");
        }
        return new Payload(event.type(), event.data());
    }

    long id(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(type + ": data." + field + " is not an integer");
        }
        return value.asLong();
    }

    Long optionalId(String field) {
        return present(field) ? id(field) : null;
    }

    Integer optionalInt(String field) {
        return present(field) ? Math.toIntExact(id(field)) : null;
    }

    String text(String field) {
        return required(field).asText();
    }

    String optionalText(String field) {
        return present(field) ? text(field) : null;
    }

    boolean flag(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(type + ": data." + field + " is not a boolean");
        }
        return value.booleanValue();
    }

    LocalDate date(String field) {
        return LocalDate.parse(text(field));
    }

    private boolean present(String field) {
        JsonNode value = data.get(field);
        return value != null && !value.isNull();
    }

    private JsonNode required(String field) {
        if (!present(field)) {
            throw new IllegalArgumentException(type + ": data." + field + " is missing");
        }
        return data.get(field);
    }
}
