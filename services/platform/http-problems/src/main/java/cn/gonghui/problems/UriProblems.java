package cn.gonghui.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A URI that is too long answers problem+json like every other failure. Vert.x's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set far above {@code gonghui.http.max-uri-length}
 * so this check answers first; only a request line beyond that backstop gets Vert.x's bare 414.
 *
 * <p>Not covered: a request line Vert.x itself cannot decode (a malformed percent-escape such as
 * {@code ?cursor=%zz}) is answered with a bare 400 by Vert.x's invalid-request handler, before any
 * handler Quarkus lets an application register.
 */
@Singleton
public class UriProblems {

    @ConfigProperty(name = "gonghui.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkUri);
    }

    private void checkUri(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            respond(ctx, ProblemType.URI_TOO_LONG, "the URI has " + ctx.request().uri().length() + " characters; at most "
                    + maxUriLength + " are accepted");
            return;
        }
        ctx.next();
    }

    private void respond(RoutingContext ctx, ProblemType type, String detail) {
        boolean english = ProblemLanguage.english(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(type.uri(), type.title(english), type.status(), detail, ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(type.status()).end();
        }
    }
}
