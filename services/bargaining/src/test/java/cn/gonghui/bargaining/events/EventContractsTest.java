package cn.gonghui.bargaining.events;

import static cn.gonghui.bargaining.Fixtures.covered;
import static cn.gonghui.bargaining.Fixtures.post;
import static cn.gonghui.bargaining.Fixtures.round;
import static cn.gonghui.bargaining.Fixtures.today;
import static cn.gonghui.bargaining.Fixtures.vote;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.bargaining.TestClock;
import cn.gonghui.bargaining.contract.ContractCalendar;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.EventContracts;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every event bargaining publishes reaches bargaining.events through the outbox and matches its contract in
 * docs/events/bargaining (JSON Schema), and carries no name of a negotiator.
 */
@QuarkusTest
class EventContractsTest {

    static final Set<String> TYPES = Set.of("OfferSent", "ContractSigned", "ContractFiled", "ContractEffective", "ContractExpiring",
            "ContractExpired", "ContractRenewed");
    static final EventContracts CONTRACTS = EventContracts.of("bargaining", TYPES);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ContractCalendar calendar;

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());
        long old = Fixtures.effective(tree.enterpriseUnion(), List.of(covered(enterprise, 100)), Map.of(), 40, 12);
        LocalDate opens = LocalDate.parse(Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath().getString("renewalOpensOn"));
        TestClock.CLOCK.today(opens);
        calendar.run();
        long renewal = post(old, "renewal", Map.of()).then().statusCode(201).extract().jsonPath().getLong("id");
        post(renewal, "answer", Map.of("accepted", true)).then().statusCode(200);
        post(renewal, "rounds", round(3, 3, today())).then().statusCode(201);
        post(renewal, "congress-votes", vote(30, 30, 30)).then().statusCode(201);
        post(renewal, "signing", Map.of("termMonths", 24)).then().statusCode(200);
        String expiresOn = Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath().getString("expiresOn");
        TestClock.CLOCK.today(LocalDate.parse(expiresOn).plusDays(1));
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + old).then().statusCode(200).body(org.hamcrest.Matchers.containsString("EXPIRED"));

        CONTRACTS.keyedBySubject().without("王主席", "李总经理").assertPublished(bootstrap, List.of("contracts/" + old, "contracts/" + renewal));
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        CONTRACTS.assertExamplesMatch();
    }
}
