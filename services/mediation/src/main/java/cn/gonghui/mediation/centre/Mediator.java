package cn.gonghui.mediation.centre;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 调解员 of a centre. {@code subject} is the {@code sub} claim of the mediator's token: a token with the
 * role {@code mediator} reaches the cases of the centres where its subject is an active mediator.
 */
@Entity
@Table(name = "mediator")
public class Mediator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "centre_id", nullable = false)
    public Long centreId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;
}
