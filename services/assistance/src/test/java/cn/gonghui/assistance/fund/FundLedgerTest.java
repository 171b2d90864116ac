package cn.gonghui.assistance.fund;

import static cn.gonghui.assistance.Fixtures.assertReconciled;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundBalance;
import static cn.gonghui.assistance.Fixtures.fundManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import cn.gonghui.assistance.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Donations, income, transfers and allocations through the double-entry ledger. */
@QuarkusTest
class FundLedgerTest {

    @Inject
    AgroalDataSource db;

    @Test
    void moneyMovesOnlyByBalancedPostingsAndNoFundGoesBelowZero() {
        OrgTree.Tree tree = Fixtures.tree();
        long warm = fund(tree.district(), "WARM", 0);
        long epidemic = fund(tree.district(), "SPECIAL", 0);
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());

        fundManager().body(Map.of("unionId", tree.street(), "fundId", warm, "donorKind", "UNIT", "donorName", "某某集团",
                        "enterpriseId", enterprise, "drive", "春风行动", "amountFen", 300_000, "receiptNumber", "R-" + warm))
                .post("/api/v1/donations").then().statusCode(201).body("amountFen", equalTo(300000));
        // the same receipt again is a 409, not a second donation
        fundManager().body(Map.of("unionId", tree.street(), "fundId", warm, "donorKind", "UNIT", "donorName", "某某集团",
                        "amountFen", 300_000, "receiptNumber", "R-" + warm))
                .post("/api/v1/donations").then().statusCode(409).body("errors[0].field", equalTo("receiptNumber"));
        assertThat(fundBalance(warm)).isEqualTo(300_000);

        fundManager().body(Map.of("toFundId", epidemic, "amountFen", 400_000, "purpose", "设立疫情防控专项基金"))
                .post("/api/v1/funds/" + warm + "/transfers").then().statusCode(409).body("errors[0].field", equalTo("amountFen"));
        fundManager().body(Map.of("toFundId", epidemic, "amountFen", 200_000, "purpose", "设立疫情防控专项基金"))
                .post("/api/v1/funds/" + warm + "/transfers").then().statusCode(201);
        fundManager().body(Map.of("recipientKind", "UNION", "unionId", tree.enterpriseUnion(), "amountFen", 150_000, "purpose", "基层防疫"))
                .post("/api/v1/funds/" + epidemic + "/allocations").then().statusCode(201);
        fundManager().body(Map.of("recipientKind", "ENTERPRISE", "enterpriseId", enterprise, "amountFen", 50_001, "purpose", "复工复产"))
                .post("/api/v1/funds/" + epidemic + "/allocations").then().statusCode(409);
        fundManager().body(Map.of("recipientKind", "ENTERPRISE", "enterpriseId", enterprise, "amountFen", 50_000, "purpose", "复工复产"))
                .post("/api/v1/funds/" + epidemic + "/allocations").then().statusCode(201).body("unionId", hasToString(String.valueOf(tree.enterpriseUnion())));

        assertThat(fundBalance(warm)).isEqualTo(100_000);
        assertThat(fundBalance(epidemic)).isZero();
        assertReconciled(warm);
        assertReconciled(epidemic);
        fundManager().get("/api/v1/funds/" + epidemic + "/ledger").then().statusCode(200)
                .body("items.findAll { it.account == 'FUND' }.amountFen.sum()", equalTo(0));
    }

    @Test
    void aDonationRecordedByMistakeIsReversedNotEditedAndCountsNowhere() {
        OrgTree.Tree tree = Fixtures.tree();
        long warm = fund(tree.district(), "WARM", 0);
        long donation = fundManager().body(Map.of("unionId", tree.district(), "fundId", warm, "donorKind", "UNIT", "donorName", "错录公司",
                        "drive", "春风行动", "amountFen", 80_000, "receiptNumber", "R-" + Fixtures.id()))
                .post("/api/v1/donations").then().statusCode(201).extract().jsonPath().getLong("id");
        long spend = fund(tree.district(), "SPECIAL", 0);
        fundManager().body(Map.of("toFundId", spend, "amountFen", 30_000, "purpose", "划转"))
                .post("/api/v1/funds/" + warm + "/transfers").then().statusCode(201);
        // the fund no longer holds all of it: the reversal is refused and changes nothing
        fundManager().body(Map.of("reason", "金额录错")).post("/api/v1/donations/" + donation + "/reversal").then().statusCode(409);
        fundManager().body(Map.of("toFundId", warm, "amountFen", 30_000, "purpose", "退回"))
                .post("/api/v1/funds/" + spend + "/transfers").then().statusCode(201);
        Api.asOfficer(tree.district()).body(Map.of("reason", "金额录错")).post("/api/v1/donations/" + donation + "/reversal").then().statusCode(403);
        fundManager().body(Map.of("reason", "金额录错")).post("/api/v1/donations/" + donation + "/reversal").then().statusCode(200)
                .body("reversalReason", equalTo("金额录错"), "amountFen", equalTo(80000));
        fundManager().body(Map.of("reason", "again")).post("/api/v1/donations/" + donation + "/reversal").then().statusCode(409);
        assertThat(fundBalance(warm)).isZero();
        assertReconciled(warm);
        Api.asAdmin().get("/api/v1/stats/assistance?unionId=" + tree.district()).then().statusCode(200)
                .body("donations.count", equalTo(0), "donations.amountFen", equalTo(0));
        Api.asAdmin().body(Map.of("unionId", tree.district(), "donorName", "错录公司", "donorKind", "UNIT", "title", "先进"))
                .post("/api/v1/donor-commendations").then().statusCode(400);
    }

    @Test
    void aDonorRestrictedFundKeepsItsMoney() {
        OrgTree.Tree tree = Fixtures.tree();
        long restricted = fund(tree.district(), "DONOR_RESTRICTED", 100_000);
        long warm = fund(tree.district(), "WARM", 0);
        fundManager().body(Map.of("toFundId", warm, "amountFen", 1, "purpose", "挪用"))
                .post("/api/v1/funds/" + restricted + "/transfers").then().statusCode(400).body("errors[0].field", equalTo("fundId"));
        fundManager().body(Map.of("unionId", tree.district(), "name", "没有限定用途" + Fixtures.id(), "kind", "DONOR_RESTRICTED"))
                .post("/api/v1/funds").then().statusCode(400).body("errors[0].field", equalTo("restriction"));
    }

    @Test
    void ledgerLinesAreNeverChangedAndAPostingThatDoesNotBalanceIsRefused() throws SQLException {
        OrgTree.Tree tree = Fixtures.tree();
        long fund = fund(tree.district(), "WARM", 10_000);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE ledger_line SET amount_fen = 1 WHERE fund_id = " + fund))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ledger_line WHERE fund_id = " + fund))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO ledger_line (posting_id, kind, account, fund_id, amount_fen, posted_on, reference)"
                    + " VALUES (gen_random_uuid(), 'INCOME', 'FUND', " + fund + ", 500, current_date, 'forged')"))
                    .hasMessageContaining("does not balance");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE fund SET balance_fen = -1 WHERE id = " + fund))
                    .hasMessageContaining("balance_fen");
        }
        assertReconciled(fund);
    }

    @Test
    void anOfficerSeesTheFundsOfTheirSubtreeAndCannotMoveMoney() {
        OrgTree.Tree tree = Fixtures.tree();
        long districtFund = fund(tree.district(), "WARM", 1000);
        long streetFund = fund(tree.street(), "WARM", 1000);
        Api.asOfficer(tree.street()).get("/api/v1/funds/" + districtFund).then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/funds/" + streetFund).then().statusCode(200);
        Api.asOfficer(tree.street()).body(Map.of("amountFen", 1, "purpose", "x")).post("/api/v1/funds/" + streetFund + "/income")
                .then().statusCode(403);
        Api.asOfficer(tree.street()).body(Map.of("unionId", tree.street(), "fundId", districtFund, "donorKind", "PERSON",
                "donorName", "张三", "amountFen", 100, "receiptNumber", "R-x-" + districtFund)).post("/api/v1/donations")
                .then().statusCode(400).body("errors[0].field", equalTo("fundId"));
        Api.asMember(1).get("/api/v1/funds").then().statusCode(403);
        fundManager().body(Map.of("amountFen", -5, "purpose", "x")).post("/api/v1/funds/" + streetFund + "/income")
                .then().statusCode(400).body("errors[0].field", equalTo("amountFen"));
        fundManager().body("{\"amountFen\": 1.5, \"purpose\": \"x\"}").post("/api/v1/funds/" + streetFund + "/income")
                .then().statusCode(400).body("errors[0].field", equalTo("amountFen"));
    }
}
