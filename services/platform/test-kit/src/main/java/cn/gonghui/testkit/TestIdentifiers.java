package cn.gonghui.testkit;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid, never repeated Chinese identifiers and numbers for test data. One sequence per JVM, started
 * at a point taken from the clock, so numbers differ between runs too.
 */
public final class TestIdentifiers {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private TestIdentifiers() {
    }

    /** A number not answered before in this JVM, for names ("测试企业" + unique()). */
    public static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    /** A valid resident ID number (GB 11643), born 1960 to 1987, never answered before in this JVM. */
    public static String idNumber() {
        long n = unique();
        String seq = String.format("%03d", n % 1000);
        long day = (n / 1000) % 10_000;
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(day);
        String area = String.format("11%04d", (n / 10_000_000L) % 10_000);
        return ResidentIdNumber.complete(area + birth.toString().replace("-", "") + seq);
    }

    /** A valid unified social credit code (GB 32100), never answered before in this JVM. */
    public static String creditCode() {
        long n = unique();
        return UnifiedSocialCreditCode.complete("91110115" + String.format("%09d", n % 1_000_000_000L));
    }
}
