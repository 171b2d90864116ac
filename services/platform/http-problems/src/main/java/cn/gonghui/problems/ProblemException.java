package cn.gonghui.problems;

import java.util.List;

/** Thrown anywhere in a service to answer with a problem+json; the mapper turns it into the response. */
public class ProblemException extends jakarta.ws.rs.WebApplicationException {

    private final ProblemType type;
    private final List<FieldProblem> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(detail, type.status());
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist or is outside your scope");
    }

    public static ProblemException invalid(String field, String problem) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + problem, List.of(new FieldProblem(field, problem)));
    }

    public static ProblemException conflict(String field, String problem) {
        return new ProblemException(ProblemType.CONFLICT, field + ": " + problem, List.of(new FieldProblem(field, problem)));
    }

    public static ProblemException invalidState(String detail) {
        return new ProblemException(ProblemType.INVALID_STATE, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
