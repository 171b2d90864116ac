package cn.gonghui.bargaining.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An enterprise a contract covers, with the workers covered there. */
@Embeddable
public class CoveredEnterprise {

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(nullable = false)
    public int workers;

    public CoveredEnterprise() {
    }

    public CoveredEnterprise(long enterpriseId, int workers) {
        this.enterpriseId = enterpriseId;
        this.workers = workers;
    }
}
