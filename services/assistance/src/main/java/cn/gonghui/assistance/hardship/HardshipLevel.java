package cn.gonghui.assistance.hardship;

/** 困难程度: 一般困难 or 深度困难. */
public enum HardshipLevel {
    GENERAL,
    DEEP
}
