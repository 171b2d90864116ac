package cn.gonghui.membership.servicepoint;

/** The level at which a 职工书屋 is recognised (全国工会职工书屋, 省级 …). Same scale as honour levels. */
public enum RecognitionLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    DISTRICT,
    STREET,
    ENTERPRISE
}
