package cn.gonghui.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * 居民身份证号 resident identity number, GB 11643-1999: 17 digits (6 region, 8 birth date, 3 sequence)
 * and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ResidentIdNumber() {
    }

    /** Why the value is not a valid ID number, or empty when it is. */
    public static Optional<String> problem(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return Optional.of("the first 17 characters must be digits");
            }
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("characters 7-14 are not a real birth date");
        }
        if (birth.isAfter(LocalDate.now(CHINA)) || birth.getYear() < 1900) {
            return Optional.of("birth date is out of range");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            return Optional.of("check character does not match");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** Upper-cases a trailing x so equal numbers hash equally. */
    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    public static LocalDate birthDate(String valid) {
        return LocalDate.of(Integer.parseInt(valid.substring(6, 10)),
                Integer.parseInt(valid.substring(10, 12)), Integer.parseInt(valid.substring(12, 14)));
    }

    /** "MALE" or "FEMALE", from the parity of the 17th character (the sequence code) of a valid number. */
    public static String gender(String valid) {
        return (valid.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
    }

    /** Appends the check character to 17 digits (for generating test data and sample files). */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
