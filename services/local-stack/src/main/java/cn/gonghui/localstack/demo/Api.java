package cn.gonghui.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The services' HTTP APIs as the demo loader calls them: JSON in and out, problems turned into a stop. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A call that failed: names the call and carries the problem+json the service answered. */
    static final class CallFailed extends RuntimeException {
        final int status;

        CallFailed(String call, int status, String body) {
            super(call + " → " + status + " " + body);
            this.status = status;
        }
    }

    private static final java.util.regex.Pattern NOT_KNOWN_YET =
            java.util.regex.Pattern.compile("does not exist|unknown|not known|is not under");

    /** How long a call retries while another service has not yet learnt a union, enterprise or member. */
    private final Duration replicaWait;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(Duration replicaWait) {
        this.replicaWait = replicaWait;
    }

    /** A JSON object from name, value pairs; null values are left out, dates written as yyyy-MM-dd. */
    static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v != null) {
                map.put((String) pairs[i], v instanceof LocalDate d ? d.toString() : v);
            }
        }
        return map;
    }

    record Answer(int status, JsonNode body, String etag, String location) {
        long id() {
            return body.path("id").asLong();
        }
    }

    Answer get(String url, String token) {
        return send("GET", url, token, null, null, null, "application/json", false, false);
    }

    /** A write; with {@code waitForReplica} a 400 or 404 is retried (bounded) as another service catches up. */
    Answer post(String url, String token, Object body, String idempotencyKey, boolean waitForReplica) {
        return send("POST", url, token, body, idempotencyKey, null, "application/json", waitForReplica, false);
    }

    /** A write without an idempotency key: on a rerun it may find the step done already, so 409 is an answer. */
    Answer postStep(String url, String token, Object body, String ifMatch) {
        return send("POST", url, token, body, null, ifMatch, "application/json", false, true);
    }

    /** A record the service takes once (no idempotency key): 409 means a rerun found it; waits for replicas. */
    Answer postOnce(String url, String token, Object body) {
        return send("POST", url, token, body, null, null, "application/json", true, true);
    }

    Answer put(String url, String token, Object body, String ifMatch, boolean waitForReplica) {
        return send("PUT", url, token, body, null, ifMatch, "application/json", waitForReplica, true);
    }

    /** A record created by PUT once: on a rerun it exists, and replacing it would need its ETag (428), so that is done. */
    Answer putOnce(String url, String token, Object body) {
        try {
            return put(url, token, body, null, true);
        } catch (CallFailed e) {
            if (e.status == 428) {
                return new Answer(428, JSON.createObjectNode(), null, null);
            }
            throw e;
        }
    }

    Answer upload(String url, String token, String csv) {
        return send("POST", url, token, csv, null, null, "text/csv", false, false);
    }

    private Answer send(String method, String url, String token, Object body, String key, String ifMatch,
            String contentType, boolean waitForReplica, boolean conflictIsAnswer) {
        long deadline = System.nanoTime() + replicaWait.toNanos();
        long pause = 200;
        while (true) {
            HttpResponse<String> response = once(method, url, token, body, key, ifMatch, contentType);
            int status = response.statusCode();
            if (status < 300 || (conflictIsAnswer && status == 409)) {
                return answer(response);
            }
            // a union, enterprise or member not known yet; any other 400 is the loader's mistake and stops at once
            boolean lagging = waitForReplica && (status == 404 || (status == 400 && NOT_KNOWN_YET.matcher(response.body()).find()));
            // another server still running an import, or our own retry racing the first request with its key
            boolean busy = status == 429 || status == 503
                    || (status == 409 && response.body().contains("idempotency-key-in-progress"));
            if ((lagging || busy) && System.nanoTime() < deadline) {
                pause(pause);
                pause = Math.min(pause * 2, 2000);
                continue;
            }
            throw new CallFailed(method + " " + url, status, response.body());
        }
    }

    private HttpResponse<String> once(String method, String url, String token, Object body, String key, String ifMatch,
            String contentType) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token);
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body == null) {
                request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(""));
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.header("Content-Type", contentType + (contentType.startsWith("text/") ? "; charset=UTF-8" : ""));
                request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CallFailed(method + " " + url, 0, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed(method + " " + url, 0, "interrupted");
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        try {
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new CallFailed(response.request().method() + " " + response.request().uri(), response.statusCode(),
                    "unreadable answer: " + e.getMessage());
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
