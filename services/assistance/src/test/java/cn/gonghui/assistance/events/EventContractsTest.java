package cn.gonghui.assistance.events;

import static cn.gonghui.assistance.Fixtures.approve;
import static cn.gonghui.assistance.Fixtures.campaign;
import static cn.gonghui.assistance.Fixtures.disburse;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundManager;
import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.verifiedGrant;

import cn.gonghui.assistance.Fixtures;
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
 * Every event assistance publishes reaches assistance.events through the outbox and matches its contract
 * in docs/events/assistance (JSON Schema), and carries no name or ID number.
 */
@QuarkusTest
class EventContractsTest {

    static final Set<String> TYPES = Set.of("HardshipRegistered", "GrantApproved", "GrantDisbursed", "DonationReceived");
    static final EventContracts CONTRACTS = EventContracts.of("assistance", TYPES);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long fund = fund(tree.district(), "WARM", 0);
        long donation = fundManager().body(Map.of("unionId", tree.street(), "fundId", fund, "donorKind", "PERSON", "donorName", "张捐款",
                        "amountFen", 500_000, "receiptNumber", "R-" + Fixtures.id())).post("/api/v1/donations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String idNumber = TestIdentifiers.idNumber();
        long file = hardshipFile(tree.enterpriseUnion(), idNumber);
        long grant = verifiedGrant(campaign(tree.district(), fund, Map.of("noticeDays", 0)), file);
        approve(grant).then().statusCode(200);
        disburse(grant, "PAY-" + grant).then().statusCode(200);

        CONTRACTS.keyedBySubject().without(idNumber, "张捐款")
                .assertPublished(bootstrap, List.of("donations/" + donation, "hardship-files/" + file, "grants/" + grant));
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        CONTRACTS.assertExamplesMatch();
    }
}
