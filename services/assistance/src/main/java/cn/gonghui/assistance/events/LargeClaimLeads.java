package cn.gonghui.assistance.events;

import cn.gonghui.assistance.hardship.HardshipFile;
import cn.gonghui.assistance.hardship.HardshipLead;
import cn.gonghui.assistance.hardship.HardshipStatus;
import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads benefits' ClaimSettled (consumer group {@code assistance-benefits}): a medical claim paid at or
 * above {@code gonghui.assistance.large-claim-fen} (default 50,000 yuan) may mean an illness-caused
 * hardship, so it raises a lead 帮扶线索 for the member's union, and flags the member's open file if any.
 */
@ApplicationScoped
public class LargeClaimLeads extends IdempotentConsumer {

    public static final String FLAG_LARGE_MEDICAL_CLAIM = "LARGE_MEDICAL_CLAIM";
    static final Set<String> MEDICAL = Set.of("INPATIENT_MEDICAL", "WOMEN_SPECIAL_ILLNESS", "MEDICAL_MUTUAL_AID");

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "gonghui.assistance.benefits-topic", defaultValue = "benefits.events")
    String topic;

    @ConfigProperty(name = "gonghui.assistance.large-claim-fen", defaultValue = "5000000")
    long threshold;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return application + "-benefits";
    }

    @Override
    protected Collection<String> topics() {
        return List.of(topic);
    }

    @Override
    protected void apply(EventEnvelope event) {
        if (!"ClaimSettled".equals(event.type())) {
            return;
        }
        long paid = event.data().path("paidFen").asLong();
        if (paid < threshold || !MEDICAL.contains(event.data().path("planKind").asText())) {
            return;
        }
        long memberId = event.data().path("memberId").asLong();
        HardshipFile file = HardshipFile.find("memberId = ?1 and status = ?2", memberId, HardshipStatus.ACTIVE).firstResult();
        if (file != null) {
            file.flag(FLAG_LARGE_MEDICAL_CLAIM);
        }
        HardshipLead lead = new HardshipLead();
        lead.memberId = memberId;
        lead.unionId = event.data().path("unionId").asLong();
        lead.fileId = file == null ? null : file.id;
        lead.reason = "large medical claim paid (" + event.data().path("planKind").asText() + ")";
        lead.amountFen = paid;
        lead.source = "benefits:" + event.subject();
        lead.raisedOn = LocalDate.now(clock);
        lead.persist();
    }
}
