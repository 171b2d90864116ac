package cn.gonghui.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key header is declared on exactly the @Idempotent operations (CLASS_METHOD operation ids). */
class IdempotencyKeyParameterFilterTest {

    static IdempotencyKeyParameterFilter filter() throws Exception {
        return new IdempotencyKeyParameterFilter(Index.of(MemberResource.class, ImportResource.class));
    }

    static Operation operation(String id) {
        return OASFactory.createOperation().operationId(id);
    }

    @Test
    void anIdempotentMethodGetsTheOptionalHeader() throws Exception {
        Operation op = filter().filterOperation(operation("MemberResource_enrol"));
        assertThat(op.getParameters()).hasSize(1);
        Parameter header = op.getParameters().get(0);
        assertThat(header.getName()).isEqualTo("Idempotency-Key");
        assertThat(header.getIn()).isEqualTo(Parameter.In.HEADER);
        assertThat(header.getRequired()).isFalse();
        assertThat(header.getSchema().getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(header.getSchema().getMinLength()).isEqualTo(1);
        assertThat(header.getSchema().getMaxLength()).isEqualTo(255);
        assertThat(header.getDescription()).contains("Idempotent-Replayed");
    }

    @Test
    void everyMethodOfAnIdempotentClassGetsIt() throws Exception {
        assertThat(filter().filterOperation(operation("ImportResource_upload")).getParameters()).hasSize(1);
        assertThat(filter().filterOperation(operation("ImportResource_retry")).getParameters()).hasSize(1);
    }

    @Test
    void otherOperationsAreLeftAlone() throws Exception {
        assertThat(filter().filterOperation(operation("MemberResource_list")).getParameters()).isNull();
        assertThat(filter().filterOperation(operation("OtherResource_enrol")).getParameters()).isNull();
        assertThat(filter().filterOperation(OASFactory.createOperation()).getParameters()).isNull();
    }

    @Test
    void aHeaderTheOperationDeclaresItselfIsNotAddedTwice() throws Exception {
        Operation op = operation("MemberResource_enrol").parameters(List.of(
                OASFactory.createParameter().name("idempotency-key").in(Parameter.In.HEADER)));
        assertThat(filter().filterOperation(op).getParameters()).extracting(Parameter::getName).containsExactly("idempotency-key");
    }
}

class MemberResource {

    @Idempotent
    public Response enrol(String body) {
        return Response.ok().build();
    }

    public Response list() {
        return Response.ok().build();
    }
}

@Idempotent
class ImportResource {

    public Response upload(byte[] file) {
        return Response.ok().build();
    }

    public Response retry(long id) {
        return Response.ok().build();
    }
}
