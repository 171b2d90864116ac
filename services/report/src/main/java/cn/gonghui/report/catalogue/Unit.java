package cn.gonghui.report.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** What a figure counts, and how the printed report shows it (the JSON keeps the raw value). */
public enum Unit {
    COUNT(""),
    PEOPLE("人"),
    PERSON_TIMES("人次"),
    HOUSEHOLDS("户"),
    /** Money in fen, shown as 万元. */
    FEN("万元"),
    /** A 0..1 fraction as the stats give it, shown as a percentage. */
    RATE("%"),
    DAYS("天"),
    HOURS("小时"),
    OTHER("");

    private static final BigDecimal FEN_PER_WAN_YUAN = BigDecimal.valueOf(1_000_000);

    private final String suffix;

    Unit(String suffix) {
        this.suffix = suffix;
    }

    /** As in the catalogue and the JSON: {@code person-times}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String suffix() {
        return suffix;
    }

    /** The number as the page prints it: fen as 万元 with two decimals, rates as a percentage with one. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (this) {
            case FEN -> value.divide(FEN_PER_WAN_YUAN, 2, RoundingMode.HALF_UP).toPlainString();
            case RATE -> value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString();
            default -> value.stripTrailingZeros().scale() <= 0
                    ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                    : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        };
    }

    public static Unit of(String id) {
        for (Unit u : values()) {
            if (u.id().equals(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit " + id
                + "; one of count, people, person-times, households, fen, rate, days, hours, other");
    }
}
