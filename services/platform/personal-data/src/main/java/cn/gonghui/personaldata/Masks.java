package cn.gonghui.personaldata;

/** How personal data shows in every response unless unmasked: {@code **************002X}, {@code 138****5678}. */
public final class Masks {

    private Masks() {
    }

    /**
     * Only the last four characters ({@code **************002X}). The first six (region) and the check
     * character would leave only the birth date to guess, about 3,000 candidates (review S1); with the
     * last four alone the region and birth date are unknown.
     */
    public static String idNumber(String id) {
        if (id == null || id.length() <= 4) {
            return id == null ? null : "*".repeat(id.length());
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
