package cn.gonghui.benefits.insurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Where an insurer receives its webhooks, with the signing secret and, during a rotation, the previous one. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    @Column(name = "insurer_id")
    public String insurerId;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_until")
    public OffsetDateTime previousUntil;

    @Version
    public long version;
}
