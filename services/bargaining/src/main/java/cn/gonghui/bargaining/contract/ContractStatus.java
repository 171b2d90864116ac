package cn.gonghui.bargaining.contract;

import java.util.List;

/**
 * Where a contract stands in its legal life (docs/bargaining.md has the diagram). {@link #next()} names the
 * steps allowed from here, as the 409 of an illegal step tells them.
 */
public enum ContractStatus {
    /** 要约 sent; the other side answers in writing within 20 days (集体合同规定 Art 32) */
    OFFERED,
    /** the other side refused the offer in writing */
    REFUSED,
    /** 协商: rounds of negotiation, and the 职代会 vote on the draft */
    NEGOTIATING,
    /** the 职代会 adopted the draft (Art 36) */
    ADOPTED,
    /** 签字: signed by both chief negotiators; to be filed within 10 days (Art 42) */
    SIGNED,
    /** 报送: received by the labour administration, which may object within 15 days (Art 45-47) */
    FILED,
    /** 生效: approved, or deemed effective 15 days after receipt without objection (Art 47) */
    EFFECTIVE,
    /** 到期: its term ended */
    EXPIRED,
    /** given up before signing */
    WITHDRAWN;

    public List<String> next() {
        return switch (this) {
            case OFFERED -> List.of("answer", "withdrawal");
            case NEGOTIATING -> List.of("rounds", "congress-votes", "withdrawal");
            case ADOPTED -> List.of("signing", "withdrawal");
            case SIGNED -> List.of("filing");
            case FILED -> List.of("review");
            case EFFECTIVE -> List.of("renewal");
            case EXPIRED -> List.of("renewal");
            case REFUSED, WITHDRAWN -> List.of();
        };
    }
}
