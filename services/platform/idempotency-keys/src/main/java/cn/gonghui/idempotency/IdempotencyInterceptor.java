package cn.gonghui.idempotency;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import cn.gonghui.scope.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import cn.gonghui.personaldata.PersonalDataCipher;
import javax.crypto.Mac;
import java.util.HexFormat;

/**
 * Runs the whole request in one transaction that first claims the key. A second request with the
 * same key blocks on the claim until the first commits, then replays its stored response; if the
 * first fails, its claim rolls back with it and the second runs afresh. So a key's response is stored
 * exactly when its effects are.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    PersonalDataCipher cipher;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        if (ctx.getMethod().getReturnType() != Response.class) {
            throw new IllegalStateException("@Idempotent methods must return Response: " + ctx.getMethod());
        }
        String requestHash = hash(ctx);
        // the key belongs to the caller as authorised now: an officer moved to another union starts afresh
        String owner = caller.subject() + caller.unionId().map(union -> "@union/" + union).orElse("");
        return QuarkusTransaction.requiringNew().call(() -> {
            var earlier = store.claim(owner, key, requestHash);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
            Response response = (Response) ctx.proceed();
            String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            store.complete(owner, key, response.getStatus(), body, location);
            return response;
        });
    }

    private Response replay(StoredResponse stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was first used with a different request; use a new key for a new request");
        }
        if (stored.status() == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, "retry in a moment");
        }
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            builder.header("Location", stored.location());
        }
        return builder.build();
    }

    /** Keyed (review S3): request bodies hold ID numbers and phones, and an unkeyed hash of them can be brute-forced. */
    private String hash(InvocationContext ctx) throws Exception {
        Mac digest = cipher.keyedDigest("idempotency-request");
        digest.update((request.method().name() + " " + request.path() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Object arg : ctx.getParameters()) {
            if (arg instanceof byte[] bytes) {
                digest.update(bytes);
            } else {
                digest.update(mapper.writeValueAsBytes(arg));
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.doFinal());
    }
}
