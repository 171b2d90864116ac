package cn.gonghui.assistance.hardship;

import java.time.LocalDate;
import java.util.List;

/** Event: a household's hardship file was registered (no name, ID number or phone). */
public record HardshipRegistered(long fileId, long unionId, Long memberId, LocalDate registeredOn, HardshipLevel level,
        List<String> causes, boolean migrant) {
}
