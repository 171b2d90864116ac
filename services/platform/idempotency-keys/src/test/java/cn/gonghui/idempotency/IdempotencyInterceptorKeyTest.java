package cn.gonghui.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gonghui.problems.FieldProblem;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the interceptor decides before it touches the database: no key, a malformed key, a method that
 * cannot be replayed. Claiming, replaying and concurrency need PostgreSQL: membership's IdempotencyTest.
 */
class IdempotencyInterceptorKeyTest {

    static class Resource {
        public Response create(String body) {
            return Response.status(201).build();
        }

        public String notAResponse(String body) {
            return "created";
        }
    }

    final AtomicInteger proceeded = new AtomicInteger();

    @Test
    void withoutAKeyTheRequestSimplyRuns() throws Exception {
        Object answer = interceptor(null).around(context("create"));
        assertThat(answer).isEqualTo("proceeded");
        assertThat(proceeded).hasValue(1);
    }

    @Test
    void aKeyMustBe1To255VisibleAsciiCharacters() {
        for (String key : new String[] {"", "   ", "a b", "tab\there", "幂等键", "x".repeat(256), "ctrl\u0001"}) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> interceptor(key).around(context("create")));
            assertThat(e).as("[%s]", key).isNotNull();
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).containsExactly(new FieldProblem("Idempotency-Key", "must be 1 to 255 visible ASCII characters"));
        }
        assertThat(proceeded).as("a refused key runs nothing").hasValue(0);
    }

    @Test
    void aValidKeyOnAMethodThatDoesNotReturnAResponseIsABugOfTheService() {
        for (String key : new String[] {"k", "x".repeat(255), "550e8400-e29b-41d4-a716-446655440000", "!~#$%&'*+-.^_`|"}) {
            IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                    () -> interceptor(key).around(context("notAResponse")));
            assertThat(e).as("[%s] passes the key check", key).isNotNull();
            assertThat(e.getMessage()).startsWith("@Idempotent methods must return Response");
        }
        assertThat(proceeded).hasValue(0);
    }

    private static IdempotencyInterceptor interceptor(String key) {
        IdempotencyInterceptor interceptor = new IdempotencyInterceptor();
        interceptor.request = (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader") && IdempotencyInterceptor.HEADER.equals(String.valueOf(args[0]))) {
                        return key;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return interceptor;
    }

    private InvocationContext context(String methodName) throws Exception {
        Method method = Resource.class.getMethod(methodName, String.class);
        return (InvocationContext) Proxy.newProxyInstance(InvocationContext.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getParameters" -> new Object[] {"{}"};
                    case "proceed" -> {
                        proceeded.incrementAndGet();
                        yield "proceeded";
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
