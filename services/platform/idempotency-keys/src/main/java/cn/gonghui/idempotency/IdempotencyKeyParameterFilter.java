package cn.gonghui.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Declares the {@code Idempotency-Key} header on every operation whose resource method (or class) is
 * {@link Idempotent}. Operations are matched by id, so services use the CLASS_METHOD operation id strategy
 * (service-defaults sets it).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyParameterFilter implements OASFilter {

    private final Set<String> idempotentOperations = new HashSet<>();

    public IdempotencyKeyParameterFilter(IndexView index) {
        for (AnnotationInstance annotation : index.getAnnotations(DotName.createSimple(Idempotent.class.getName()))) {
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                add(annotation.target().asMethod());
            } else if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                annotation.target().asClass().methods().forEach(this::add);
            }
        }
    }

    private void add(MethodInfo method) {
        ClassInfo owner = method.declaringClass();
        idempotentOperations.add(owner.simpleName() + "_" + method.name());
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() == null || !idempotentOperations.contains(operation.getOperationId())) {
            return operation;
        }
        boolean declared = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> IdempotencyInterceptor.HEADER.equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotencyInterceptor.HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("幂等键. Any unique string (a UUID) per intended change: a retry with the same key and body "
                            + "answers the first response again (header Idempotent-Replayed: true); the same key with another "
                            + "body answers 409. Kept 24 hours.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1).maxLength(255)));
        }
        return operation;
    }
}
