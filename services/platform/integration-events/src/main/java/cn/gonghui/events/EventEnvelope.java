package cn.gonghui.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * CloudEvents 1.0 structured-mode envelope. {@code type} is a past-tense fact (MemberJoined),
 * {@code subject} the aggregate id, which is also the Kafka key so an aggregate's events stay ordered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
