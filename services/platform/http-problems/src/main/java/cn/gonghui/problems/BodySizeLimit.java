package cn.gonghui.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 413 as problem+json before reading a body that is too large. JSON bodies are small; uploads
 * (CSV, XLSX) get their own, larger limit. Vert.x's own max-body-size stays as a backstop for chunked bodies.
 */
public class BodySizeLimit {

    @ConfigProperty(name = "gonghui.http.max-json-bytes", defaultValue = "262144")
    long maxJsonBytes;

    @ConfigProperty(name = "gonghui.http.max-upload-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        int length = request.getLength();
        if (length < 0) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean json = type == null || type.getSubtype().contains("json");
        long limit = json ? maxJsonBytes : maxUploadBytes;
        if (length > limit) {
            throw new ProblemException(ProblemType.TOO_LARGE, "the body has " + length + " bytes; at most " + limit + " are accepted");
        }
    }
}
