package cn.gonghui.benefits.activity;

/** CONFIRMED holds a place; WAITLISTED waits in sign-up order and is promoted when a place frees up. */
public enum SignupStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
