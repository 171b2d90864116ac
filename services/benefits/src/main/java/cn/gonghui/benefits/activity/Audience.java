package cn.gonghui.benefits.activity;

/** Whom an activity is for; who may sign up follows from it (women only for WOMEN, under 35 for YOUNG). */
public enum Audience {
    ALL_WORKERS,
    MEMBERS,
    WOMEN,
    YOUNG,
    MIGRANT,
    CHILDREN
}
