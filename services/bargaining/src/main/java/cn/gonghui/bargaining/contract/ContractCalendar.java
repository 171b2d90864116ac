package cn.gonghui.bargaining.contract;

import cn.gonghui.events.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The dates nobody acts on: a filed contract without an answer from the bureau takes effect on the 16th day
 * after receipt (集体合同规定 Art 47); a contract entering its renewal window is announced (ContractExpiring);
 * a contract past its last day expires. Runs hourly; each run applies what is due as of today, once.
 */
@ApplicationScoped
public class ContractCalendar {

    /** What one run changed. */
    public record Run(int deemedEffective, int expiring, int expired) {
    }

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ContractService contracts;

    @Scheduled(every = "${gonghui.bargaining.calendar-every:1h}", delayed = "${gonghui.bargaining.calendar-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    @Transactional
    public Run run() {
        LocalDate today = LocalDate.now(clock);
        List<Contract> filed = Contract.list("status = ?1 and reviewEndsOn < ?2 order by id", ContractStatus.FILED, today);
        for (Contract c : filed) {
            c.applyDeemedEffect();
            contracts.effective(c);
        }
        List<Contract> expiring = Contract.list("status = ?1 and expiringNotifiedOn is null and renewalOpensOn <= ?2 and expiresOn >= ?2 order by id",
                ContractStatus.EFFECTIVE, today);
        for (Contract c : expiring) {
            c.expiringNotifiedOn = today;
            outbox.record("ContractExpiring", "contracts/" + c.id, new ContractEvents.ContractExpiring(c.id, c.unionId, c.kind,
                    c.renewalOpensOn, c.expiresOn));
        }
        List<Contract> expired = Contract.list("status = ?1 and expiresOn < ?2 order by id", ContractStatus.EFFECTIVE, today);
        for (Contract c : expired) {
            c.expire();
            outbox.record("ContractExpired", "contracts/" + c.id, new ContractEvents.ContractExpired(c.id, c.unionId, c.kind, c.expiredOn));
        }
        return new Run(filed.size(), expiring.size(), expired.size());
    }
}
