package cn.gonghui.scope;

/** The roles a token's {@code groups} claim may carry (ARCHITECTURE.md, Security). */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String OFFICER = "officer";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String MEDIATOR = "mediator";
    public static final String FUND_MANAGER = "fund-manager";
    public static final String INSURER = "insurer";
    public static final String MERCHANT = "merchant";
    /** Another Gonghui service calling with its own token (subject = the service's name), e.g. to resolve a person. */
    public static final String SERVICE = "service";
    /** Not a role of its own: added beside officer or district-admin, it allows reading unmasked personal data. */
    public static final String PERSONAL_DATA_READER = "personal-data-reader";

    private Roles() {
    }
}
