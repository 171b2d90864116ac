package cn.gonghui.problems;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A whole-number field (amounts in fen, counts, ids) given a fraction, {@code "amountFen": 1.5}, is a 400
 * naming the field. Jackson's default would silently cut it to 1: money must never be rounded on the way in.
 */
@Singleton
public class WholeNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
