package cn.gonghui.mediation.events;

import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static cn.gonghui.mediation.Fixtures.pay;
import static cn.gonghui.mediation.Fixtures.read;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.EventContracts;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every event mediation publishes reaches mediation.events through the outbox and matches its contract in
 * docs/events/mediation (JSON Schema), and carries no name, ID number or phone.
 */
@QuarkusTest
class EventContractsTest {

    static final Set<String> TYPES = Set.of("CaseOpened", "CaseMediated", "PaymentRecovered", "CaseReferredToArbitration", "CaseClosed");
    static final EventContracts CONTRACTS = EventContracts.of("mediation", TYPES);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long centre = centre(tree.street(), "TOWN_CENTRE");
        Fixtures.Mediator mediator = Fixtures.mediator(centre);
        String idNumber = TestIdentifiers.idNumber();
        long paid = Fixtures.mediatedCase(centre, mediator, 1_000_000, 600_000, Map.of("idNumber", idNumber, "phone", "13900139000",
                "name", "赵六申请人"));
        pay(paid, read(paid).getLong("terms[0].id"), 600_000).then().statusCode(201);
        long referred = openCase(centre, Map.of("stillEmployed", true));
        Api.asAdmin().body(Map.of("reason", "FAILED")).post("/api/v1/cases/" + referred + "/referral").then().statusCode(200);

        CONTRACTS.keyedBySubject().without(idNumber, "13900139000", "赵六申请人")
                .assertPublished(bootstrap, List.of("cases/" + paid, "cases/" + referred));
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        CONTRACTS.assertExamplesMatch();
    }
}
