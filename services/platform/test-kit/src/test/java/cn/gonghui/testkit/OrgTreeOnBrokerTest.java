package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.localstack.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OrgTree and KafkaProbe against a real KRaft broker: what a consuming service's consumer will read. */
class OrgTreeOnBrokerTest {

    static LocalKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = LocalKafka.start();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void aPublishedTreeArrivesKeyedAndInOrderWithMembershipsHeaders() {
        long member;
        OrgTree.Tree t;
        try (OrgTree org = OrgTree.on(kafka.bootstrapServers())) {
            t = org.tree();
            long enterprise = org.enterprise(t.enterpriseUnion());
            member = org.member(t.enterpriseUnion(), enterprise);
            org.rename(t.district(), "大兴区总工会(新)");
        }
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(kafka.bootstrapServers(), OrgTree.TOPIC,
                // each key may sit on another partition: wait for every one this test published
                seen -> seen.stream().anyMatch(r -> header(r, "ce_type").equals("UnionRenamed"))
                        && seen.stream().anyMatch(r -> r.key().equals("members/" + member))
                        && seen.stream().anyMatch(r -> r.key().startsWith("enterprises/") && header(r, "ce_type").equals("EnterpriseRegistered")),
                Duration.ofSeconds(30));

        List<ConsumerRecord<String, String>> unions = records.stream().filter(r -> r.key().equals("union-tree")).toList();
        assertThat(unions).extracting(r -> header(r, "ce_type"))
                .containsExactly("UnionCreated", "UnionCreated", "UnionCreated", "UnionRenamed");
        assertThat(unions.get(0).value()).contains("\"unions/" + t.district() + "\"");
        assertThat(unions.get(2).value()).contains("\"unions/" + t.enterpriseUnion() + "\"");
        assertThat(unions).extracting(ConsumerRecord::partition).containsOnly(unions.get(0).partition());
        ConsumerRecord<String, String> joined = records.stream().filter(r -> r.key().equals("members/" + member)).findFirst().orElseThrow();
        assertThat(header(joined, "ce_type")).isEqualTo("MemberJoined");
        assertThat(header(joined, "content-type")).isEqualTo("application/cloudevents+json");
        assertThat(joined.value()).contains("\"id\":\"" + header(joined, "ce_id") + "\"");
        assertThat(records).anyMatch(r -> r.key().startsWith("enterprises/") && header(r, "ce_type").equals("EnterpriseRegistered"));
    }

    @Test
    void theProbeReadsBackWhatItSent() {
        String topic = "test-kit.probe";
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(kafka.bootstrapServers(), topic, "k", marker);
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(kafka.bootstrapServers(), topic,
                seen -> seen.stream().anyMatch(r -> r.value().equals(marker)), Duration.ofSeconds(30));
        assertThat(records).anyMatch(r -> r.key().equals("k") && r.value().equals(marker));
    }

    @Test
    void theProbeGivesUpWhenTheTimeIsUp() {
        long started = System.nanoTime();
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(kafka.bootstrapServers(), "test-kit.empty",
                seen -> false, Duration.ofSeconds(2));
        assertThat(records).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
