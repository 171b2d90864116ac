package cn.gonghui.assistance.hardship;

/** 在档 or 已退出 (脱困). */
public enum HardshipStatus {
    ACTIVE,
    EXITED
}
