package cn.gonghui.bargaining.instructor;

/**
 * Who appointed the instructor, with the levels membership's HonourLevel uses: in Beijing "市级" is the
 * provincial-level federation 北京市总工会 (PROVINCIAL); in a city under a province it is MUNICIPAL.
 */
public enum InstructorLevel {
    /** 省级 (北京市总工会: the 市级指导员 of Beijing reports) */
    PROVINCIAL,
    /** 市级 of a city under a province */
    MUNICIPAL,
    /** 区级 (区总工会) */
    DISTRICT
}
