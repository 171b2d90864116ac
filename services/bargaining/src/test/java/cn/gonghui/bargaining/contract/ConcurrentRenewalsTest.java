package cn.gonghui.bargaining.contract;

import static cn.gonghui.bargaining.Fixtures.covered;
import static cn.gonghui.bargaining.Fixtures.effective;
import static cn.gonghui.bargaining.Fixtures.enterprise;
import static cn.gonghui.bargaining.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.bargaining.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Officers acting on the same contract at once: one renewal, one signing, whoever comes first. */
@QuarkusTest
class ConcurrentRenewalsTest {

    static final int CALLERS = 6;

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void renewalsOfferedAtOnceMakeOneRenewalAndSigningsAtOnceSignOnce() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long enterprise = enterprise(tree.enterpriseUnion());
        long old = effective(tree.enterpriseUnion(), List.of(covered(enterprise, 100)), Map.of(), 40, 12);
        TestClock.CLOCK.today(LocalDate.parse(Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath()
                .getString("renewalOpensOn")));

        List<Integer> renewals = race(() -> post(old, "renewal", Map.of()).statusCode());
        assertThat(renewals).containsOnly(201, 409);
        assertThat(renewals.stream().filter(s -> s == 201).count()).isEqualTo(1);
        List<Integer> ids = Api.asAdmin().get("/api/v1/contracts?unionId=" + tree.enterpriseUnion()).then().extract().jsonPath()
                .getList("items.findAll { it.renewsId == " + old + " }.id", Integer.class);
        assertThat(ids).hasSize(1);

        long renewal = ids.get(0);
        post(renewal, "answer", Map.of("accepted", true)).then().statusCode(200);
        post(renewal, "rounds", Fixtures.round(3, 3, Fixtures.today())).then().statusCode(201);
        post(renewal, "congress-votes", Fixtures.vote(30, 30, 30)).then().statusCode(201);
        List<Integer> signings = race(() -> post(renewal, "signing", Map.of("termMonths", 24)).statusCode());
        assertThat(signings).containsOnly(200, 409);
        assertThat(signings.stream().filter(s -> s == 200).count()).isEqualTo(1);
    }

    private static List<Integer> race(Supplier<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                Callable<Integer> task = () -> {
                    start.await();
                    return call.get();
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
