package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The field names and problem bodies the mappers answer, from real Hibernate Validator paths and real
 * Jackson exceptions, without a server. Headers and URI are absent, so titles are zh-CN and there is no instance.
 */
class ProblemMappersTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    static final ObjectMapper JSON = new ObjectMapper();

    public static class Address {
        @NotBlank
        public String city = "北京";
    }

    public static class Item {
        @NotBlank
        public String name;

        Item(String name) {
            this.name = name;
        }
    }

    public static class Body {
        @NotBlank
        public String idNumber = "110105194912310021";
        @Valid
        public Address address = new Address();
        @Valid
        public List<Item> items = new ArrayList<>();
        public List<@NotBlank String> tags = new ArrayList<>();
        public Map<String, @NotBlank String> labels = new HashMap<>();
    }

    public static class Resource {
        public void create(@NotNull @Valid Body body) {
        }

        public void list(@Min(1) Integer limit) {
        }
    }

    public enum Kind { STATE, NON_PUBLIC }

    public static class Enterprise {
        public Kind ownership;
        public int headcount;
        public List<Member> members;
    }

    public static class Member {
        public Kind kind;
    }

    // ---- fieldName: the path of a Bean Validation violation as the client knows the field

    @Test
    void aBodyFieldIsNamedWithoutTheMethodAndParameter() throws Exception {
        Body body = new Body();
        body.idNumber = "";
        assertThat(fieldNames(body)).containsExactly("idNumber");
    }

    @Test
    void aNestedFieldIsNamedWithItsDottedPath() throws Exception {
        Body body = new Body();
        body.address.city = " ";
        assertThat(fieldNames(body)).containsExactly("address.city");
    }

    @Test
    void aQueryParameterIsNamedByItself() throws Exception {
        Method list = Resource.class.getMethod("list", Integer.class);
        Set<ConstraintViolation<Resource>> violations = VALIDATOR.forExecutables().validateParameters(new Resource(), list, new Object[] {0});
        assertThat(violations).extracting(v -> ProblemMappers.fieldName(v.getPropertyPath())).containsExactly("limit");
    }

    @Test
    void aMissingBodyIsNamedByItsParameter() throws Exception {
        Method create = Resource.class.getMethod("create", Body.class);
        Set<ConstraintViolation<Resource>> violations = VALIDATOR.forExecutables().validateParameters(new Resource(), create, new Object[] {null});
        assertThat(violations).extracting(v -> ProblemMappers.fieldName(v.getPropertyPath())).containsExactly("body");
    }

    /** Hibernate Validator puts a list index on the node inside the list; the name puts it after the list. */
    @Test
    void anElementOfAListOfObjectsIsNamedWithItsIndex() throws Exception {
        Body body = new Body();
        body.items.add(new Item("甲"));
        body.items.add(new Item(""));
        assertThat(fieldNames(body)).containsExactly("items[1].name");
    }

    /** A constraint on a list's elements or a map's values names the element, not Hibernate's synthetic node. */
    @Test
    void anElementOfAListOfValuesIsNamedWithItsIndex() throws Exception {
        Body body = new Body();
        body.tags.add("饮水");
        body.tags.add("");
        assertThat(fieldNames(body)).containsExactly("tags[1]");
        Body labelled = new Body();
        labelled.labels.put("floor", "");
        assertThat(fieldNames(labelled)).containsExactly("labels[floor]");
    }

    // ---- the JSON path of a body that does not map (jsonPath) and the problem it answers

    @Test
    void anEnumValueThatDoesNotExistNamesTheFieldAndTheChoices() {
        InvalidFormatException e = thrownBy("{\"ownership\":\"PRIVATE\"}", InvalidFormatException.class);
        Problem problem = body(new ProblemMappers().invalidFormat(e, null, null), 400);
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(problem.title()).isEqualTo("请求数据不符合要求");
        assertThat(problem.errors()).containsExactly(new FieldProblem("ownership", "must be one of [STATE, NON_PUBLIC]"));
        assertThat(problem.detail()).isEqualTo("ownership must be one of [STATE, NON_PUBLIC]");
    }

    @Test
    void aFieldInsideAnArrayIsNamedWithTheIndex() {
        InvalidFormatException e = thrownBy("{\"members\":[{\"kind\":\"STATE\"},{\"kind\":\"NOPE\"}]}", InvalidFormatException.class);
        Problem problem = body(new ProblemMappers().invalidFormat(e, null, null), 400);
        assertThat(problem.errors()).extracting(FieldProblem::field).containsExactly("members[1].kind");
    }

    @Test
    void aNumberThatIsNotANumberHasTheWrongFormat() {
        InvalidFormatException e = thrownBy("{\"headcount\":\"many\"}", InvalidFormatException.class);
        Problem problem = body(new ProblemMappers().invalidFormat(e, null, null), 400);
        assertThat(problem.errors()).containsExactly(new FieldProblem("headcount", "has the wrong format for int"));
    }

    @Test
    void aValueOfTheWrongShapeNamesTheFieldAndTheExpectedType() {
        MismatchedInputException e = thrownBy("{\"headcount\":[1]}", MismatchedInputException.class);
        Problem problem = body(new ProblemMappers().mismatchedInput(e, null, null), 400);
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(problem.errors()).containsExactly(new FieldProblem("headcount", "has the wrong type, expected int"));
    }

    @Test
    void aBodyOfTheWrongShapeOrCutShortIsMalformed() {
        MismatchedInputException wholeBody = thrownBy("[1, 2]", MismatchedInputException.class);
        Problem problem = body(new ProblemMappers().jsonMapping(wholeBody, null, null), 400);
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_BODY.uri());
        assertThat(problem.errors()).isEmpty();

        JsonProcessingException cut = thrownBy("{\"headcount\":", JsonProcessingException.class);
        Response response = cut instanceof JsonMappingException mapping
                ? new ProblemMappers().jsonMapping(mapping, null, null)
                : new ProblemMappers().malformedJson(cut, null, null);
        assertThat(body(response, 400).type()).isEqualTo(ProblemType.MALFORMED_BODY.uri());
    }

    @Test
    void invalidJsonSaysWhere() {
        JsonProcessingException e = thrownBy("{\n \"headcount\": 1,,\n}", JsonProcessingException.class);
        Problem problem = body(new ProblemMappers().malformedJson(e, null, null), 400);
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_BODY.uri());
        assertThat(problem.detail()).startsWith("the body is not valid JSON near line 2, column ");
    }

    // ---- other mappers

    @Test
    void aProblemExceptionAnswersItsTypeDetailAndFields() {
        Problem problem = body(new ProblemMappers().problem(ProblemException.invalid("limit", "must be between 1 and 200"), null, null), 400);
        assertThat(problem.detail()).isEqualTo("limit: must be between 1 and 200");
        assertThat(problem.errors()).containsExactly(new FieldProblem("limit", "must be between 1 and 200"));
        assertThat(body(new ProblemMappers().problem(ProblemException.notFound("union", 9), null, null), 404).detail())
                .isEqualTo("union 9 does not exist or is outside your scope");
    }

    @Test
    void aWebApplicationExceptionKeepsItsStatusAndA405ItsAllowHeader() {
        Response notFound = new ProblemMappers().webApplication(new NotFoundException(), null, null);
        assertThat(body(notFound, 404).type()).isEqualTo(ProblemType.NOT_FOUND.uri());
        assertThat(body(notFound, 404).detail()).isEqualTo("not found");

        Response notAllowed = new ProblemMappers().webApplication(
                new NotAllowedException(Response.status(405).allow("GET", "POST").build()), null, null);
        assertThat(body(notAllowed, 405).type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED.uri());
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET").contains("POST");

        assertThat(body(new ProblemMappers().webApplication(new WebApplicationException(400), null, null), 400).type())
                .isEqualTo(ProblemType.BAD_REQUEST.uri());
    }

    @Test
    void aWebApplicationExceptionCausedByABadBodyIsAnsweredAsTheBodyProblem() {
        InvalidFormatException cause = thrownBy("{\"ownership\":\"PRIVATE\"}", InvalidFormatException.class);
        Response response = new ProblemMappers().webApplication(new WebApplicationException(cause, 400), null, null);
        assertThat(body(response, 400).errors()).extracting(FieldProblem::field).containsExactly("ownership");
    }

    @Test
    void a401AlwaysAsksForABearerToken() {
        Response response = new ProblemMappers().webApplication(new WebApplicationException(401), null, null);
        assertThat(body(response, 401).type()).isEqualTo(ProblemType.UNAUTHENTICATED.uri());
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anUnexpectedFailureTellsNothingButAnErrorId() {
        Problem problem = body(new ProblemMappers().unexpected(new IllegalStateException("SELECT secret FROM t"), null, null), 500);
        assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL.uri());
        assertThat(problem.detail()).matches("quote error id [0-9a-f-]{36} to support").doesNotContain("SELECT");
        Problem server = body(new ProblemMappers().webApplication(new WebApplicationException("boom", 502), null, null), 500);
        assertThat(server.type()).isEqualTo(ProblemType.INTERNAL.uri());
    }

    /** A status without a ProblemType of its own (410, 429, ...) says the same status in the body (RFC 9457). */
    @Test
    void theBodysStatusIsTheResponsesStatus() {
        Response response = new ProblemMappers().webApplication(new WebApplicationException(410), null, null);
        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(((Problem) response.getEntity()).status()).isEqualTo(410);
    }

    private static List<String> fieldNames(Body body) throws Exception {
        Method create = Resource.class.getMethod("create", Body.class);
        return VALIDATOR.forExecutables().validateParameters(new Resource(), create, new Object[] {body}).stream()
                .map(v -> ProblemMappers.fieldName(v.getPropertyPath())).toList();
    }

    private static <T extends Throwable> T thrownBy(String json, Class<T> type) {
        return catchThrowableOfType(type, () -> JSON.readValue(json, Enterprise.class));
    }

    private static Problem body(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.instance()).isNull();
        return problem;
    }
}
