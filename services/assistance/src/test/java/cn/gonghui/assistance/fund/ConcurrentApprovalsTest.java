package cn.gonghui.assistance.fund;

import static cn.gonghui.assistance.Fixtures.approve;
import static cn.gonghui.assistance.Fixtures.assertReconciled;
import static cn.gonghui.assistance.Fixtures.campaign;
import static cn.gonghui.assistance.Fixtures.disburse;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundBalance;
import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.verifiedGrant;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.assistance.Fixtures;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many officers approving and paying at once against a fund with room for only some of them. */
@QuarkusTest
class ConcurrentApprovalsTest {

    static final int GRANTS = 16;
    static final int AFFORDABLE = 10;
    static final long AMOUNT = 50_000;

    @Test
    void parallelApprovalsNeverOverdrawTheFundAndExactlyTheAffordableOnesSucceed() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long fund = fund(tree.district(), "WARM", AFFORDABLE * AMOUNT);
        long campaign = campaign(tree.district(), fund, Map.of("noticeDays", 0, "budgetFen", 100 * AMOUNT));
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < GRANTS; i++) {
            grants.add(verifiedGrant(campaign, hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber())));
        }

        List<Integer> approvals = race(grants, grant -> approve(grant).statusCode());
        assertThat(approvals).containsOnly(200, 409);
        assertThat(approvals.stream().filter(s -> s == 200).count()).isEqualTo(AFFORDABLE);
        assertThat(fundBalance(fund)).isZero();
        assertReconciled(fund);

        // every approved grant paid twice at once: each is paid exactly once
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < GRANTS; i++) {
            if (approvals.get(i) == 200) {
                approved.add(grants.get(i));
                approved.add(grants.get(i));
            }
        }
        List<Integer> payments = race(approved, grant -> disburse(grant, "PAY-" + grant).statusCode());
        // the second payment of a grant waits for the first, then finds it paid under the same reference: 200, unchanged
        assertThat(payments).isSubsetOf(200, 409);
        var fundView = Fixtures.fundManager().get("/api/v1/funds/" + fund).then().statusCode(200).extract().jsonPath();
        assertThat(fundView.getLong("payableFen")).isZero();
        var lines = Fixtures.fundManager().get("/api/v1/funds/" + fund + "/ledger?limit=200").then().extract().jsonPath();
        assertThat(lines.getList("items.findAll { it.account == 'GRANTS_PAID' }.amountFen", Integer.class))
                .hasSize(AFFORDABLE).containsOnly((int) AMOUNT);
        assertReconciled(fund);
    }

    private static List<Integer> race(List<Long> grants, java.util.function.LongFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (long grant : grants) {
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(grant);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
