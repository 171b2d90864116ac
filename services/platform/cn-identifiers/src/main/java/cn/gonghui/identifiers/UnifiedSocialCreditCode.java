package cn.gonghui.identifiers;

import java.util.Optional;

/**
 * 统一社会信用代码 unified social credit code, GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, S, V, Z); the last is a check character.
 */
public final class UnifiedSocialCreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private UnifiedSocialCreditCode() {
    }

    /** Why the value is not a valid code, or empty when it is. */
    public static Optional<String> problem(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " is not allowed (digits and capitals without I O S V Z)");
            }
        }
        if (checkCharacter(value) != value.charAt(17)) {
            return Optional.of("check character does not match");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /** Appends the check character to 17 code characters (for generating test data and sample files). */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** Weights are 3^(i-1) mod 31; check = 31 - (sum mod 31), where 31 maps to 0. */
    static char checkCharacter(String value) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(value.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
