package cn.gonghui.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. Nothing from an exception's internals (stack, SQL,
 * values) reaches the client; unexpected failures are logged with an error id the client can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldProblem(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field));
        return respond(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", errors, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        String problem = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                : "has the wrong format for " + simpleType(e);
        return respond(ProblemType.VALIDATION, field + " " + problem, List.of(new FieldProblem(field, problem)), headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        boolean truncated = e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (field.isEmpty() || truncated) {
            return respond(ProblemType.MALFORMED_BODY, "the body does not have the expected shape", List.of(), headers, uri);
        }
        String problem = "has the wrong type, expected " + simpleType(e);
        return respond(ProblemType.VALIDATION, field + " " + problem, List.of(new FieldProblem(field, problem)), headers, uri);
    }

    /** Quarkus maps this exact type itself (bare 400), so it needs its own mapper here. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders headers,
            UriInfo uri) {
        return jsonMapping(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " near line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(ProblemType.MALFORMED_BODY, "the body is not valid JSON" + where, List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "your role does not allow this operation", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.CONCURRENT_UPDATE, "another request changed this record first", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.CONCURRENT_UPDATE, "another request changed this record first", List.of(), headers, uri);
    }

    /**
     * Lock waits that ran out, deadlocks and serialization failures (SQLSTATE 40001, 40P01, 55P03): two
     * requests met on the same rows; the client retries. A value the database cannot store (class 22)
     * is bad input. Anything else from the database is unexpected (review S18).
     */
    @ServerExceptionMapper
    public Response database(org.hibernate.JDBCException e, HttpHeaders headers, UriInfo uri) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof org.hibernate.exception.LockAcquisitionException || e instanceof org.hibernate.PessimisticLockException
                || state.startsWith("40") || state.equals("55P03")) {
            return metConcurrently(headers, uri);
        }
        if (state.startsWith("22")) {
            return respond(ProblemType.BAD_REQUEST, "a value is outside what can be stored", List.of(), headers, uri);
        }
        return internal(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response pessimisticLock(jakarta.persistence.PessimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return metConcurrently(headers, uri);
    }

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.LockTimeoutException e, HttpHeaders headers, UriInfo uri) {
        return metConcurrently(headers, uri);
    }

    private static Response metConcurrently(HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.CONCURRENT_UPDATE, "another request was changing the same records; retry", List.of(), headers, uri);
    }

    /** A unique index caught a race the service's own check could not see (two requests at once). */
    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return respond(ProblemType.CONFLICT, "the same record was created by another request at the same time",
                    List.of(), headers, uri);
        }
        return internal(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthenticated(headers, uri);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException invalid) {
                return invalidFormat(invalid, headers, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return jsonMapping(mapping, headers, uri);
            }
            if (cause instanceof JsonProcessingException parse) {
                return malformedJson(parse, headers, uri);
            }
        }
        ProblemType type = status == 400 ? ProblemType.BAD_REQUEST : ProblemType.forStatus(status);
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        Problem problem = body(type, type.title(true).toLowerCase(), List.of(), headers, uri);
        // a status without a type of its own (410, 429, ...) keeps its own number in the body too
        problem = new Problem(problem.type(), problem.title(), status, problem.detail(), problem.instance(), problem.errors());
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return internal(e, headers, uri);
    }

    private Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, error id %s", errorId);
        return respond(ProblemType.INTERNAL, "quote error id " + errorId + " to support", List.of(), headers, uri);
    }

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(body(ProblemType.UNAUTHENTICATED, "a valid bearer token is required", List.of(), headers, uri))
                .build();
    }

    static Response respond(ProblemType type, String detail, List<FieldProblem> errors, HttpHeaders headers, UriInfo uri) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body(type, detail, errors, headers, uri))
                .build();
    }

    private static Problem body(ProblemType type, String detail, List<FieldProblem> errors, HttpHeaders headers, UriInfo uri) {
        String instance = uri == null ? null : uri.getPath();
        return new Problem(type.uri(), type.title(ProblemLanguage.english(headers)), type.status(), detail, instance, errors);
    }

    /** "create.body.idNumber" becomes "idNumber"; a query parameter "list.limit" becomes "limit". */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // Hibernate Validator marks the node inside a list or map with the element's index or key
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String simpleType(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return m.getTargetType().getSimpleName();
        }
        return "another type";
    }
}
