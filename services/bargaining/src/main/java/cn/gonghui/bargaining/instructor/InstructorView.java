package cn.gonghui.bargaining.instructor;

import java.time.LocalDate;
import java.util.List;

public record InstructorView(Long id, Long unionId, String name, InstructorLevel level, LocalDate appointedOn, LocalDate leftOn,
        List<Long> enterpriseIds, long version) {

    public static InstructorView of(Instructor i) {
        return new InstructorView(i.id, i.unionId, i.name, i.level, i.appointedOn, i.leftOn, List.of(i.enterpriseIds), i.version);
    }
}
