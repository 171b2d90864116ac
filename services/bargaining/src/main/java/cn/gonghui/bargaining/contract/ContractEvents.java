package cn.gonghui.bargaining.contract;

import java.time.LocalDate;
import java.util.List;

/** Events about contracts: ids, kinds, dates and counts of workers, never a name. Subject contracts/{id}. */
public final class ContractEvents {

    private ContractEvents() {
    }

    public record OfferSent(long contractId, long unionId, ContractKind kind, ContractScope scope, Contract.Initiator initiator,
            List<Long> enterpriseIds, LocalDate offeredOn, LocalDate answerDueOn, Long renewsId) {
    }

    public record ContractSigned(long contractId, long unionId, ContractKind kind, ContractScope scope, List<Long> enterpriseIds,
            int workersCovered, LocalDate signedOn, LocalDate startsOn, LocalDate expiresOn, LocalDate filingDueOn, Long renewsId) {
    }

    public record ContractFiled(long contractId, long unionId, LocalDate filedOn, boolean filedLate, LocalDate reviewEndsOn) {
    }

    public record ContractEffective(long contractId, long unionId, ContractKind kind, ContractScope scope, List<Long> enterpriseIds,
            int workersCovered, LocalDate effectiveOn, boolean deemed, LocalDate inForceFrom, LocalDate expiresOn) {
    }

    public record ContractExpiring(long contractId, long unionId, ContractKind kind, LocalDate renewalOpensOn, LocalDate expiresOn) {
    }

    public record ContractExpired(long contractId, long unionId, ContractKind kind, LocalDate expiredOn) {
    }

    public record ContractRenewed(long contractId, long renewsId, long unionId, ContractKind kind, LocalDate signedOn) {
    }

    static List<Long> enterpriseIds(Contract c) {
        return c.enterprises.stream().map(e -> e.enterpriseId).toList();
    }
}
