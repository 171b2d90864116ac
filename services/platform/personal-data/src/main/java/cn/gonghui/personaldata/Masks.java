package cn.gonghui.personaldata;

/** How personal data shows in every response unless unmasked: {@code 110105********002X}, {@code 138****5678}. */
public final class Masks {

    private Masks() {
    }

    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
