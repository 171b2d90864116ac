package cn.gonghui.membership.servicepoint;

/** Where a service point stands in its life: 规划 → 建设中 → 开放 (⇄ 暂停) → 关闭. */
public enum ServicePointStatus {
    /** 规划: decided, not yet being built */
    PLANNED,
    /** 建设中: being built or fitted out */
    BUILDING,
    /** 开放: open to workers since {@code openedOn} */
    OPEN,
    /** 暂停: open before, closed for a while (renovation, season); still counts in the stock */
    SUSPENDED,
    /** 关闭: closed for good on {@code closedOn}, after it opened */
    CLOSED
}
