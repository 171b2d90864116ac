package cn.gonghui.membership.enterprise;

/** Payload of EnterpriseRegistered and EnterpriseUpdated: what other services keep about an enterprise. */
public record EnterpriseChanged(long enterpriseId, String creditCode, String name, String districtCode, int headcount,
        Ownership ownership, long unionId, boolean covered) {

    static EnterpriseChanged of(Enterprise e, boolean covered) {
        return new EnterpriseChanged(e.id, e.creditCode, e.name, e.districtCode, e.headcount, e.ownership, e.unionId, covered);
    }
}
