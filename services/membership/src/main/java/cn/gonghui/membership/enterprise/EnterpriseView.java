package cn.gonghui.membership.enterprise;

import java.time.LocalDate;

/** An enterprise as the API shows it; {@code covered} tells whether a grassroots union covers it (建会). */
public record EnterpriseView(Long id, String creditCode, String name, String address, String districtCode, int headcount,
        Ownership ownership, Long unionId, boolean covered, LocalDate registeredOn, LocalDate foundedOn,
        long version) {

    public static EnterpriseView of(Enterprise e, boolean covered) {
        return new EnterpriseView(e.id, e.creditCode, e.name, e.address, e.districtCode, e.headcount, e.ownership,
                e.unionId, covered, e.registeredOn, e.foundedOn, e.version);
    }
}
