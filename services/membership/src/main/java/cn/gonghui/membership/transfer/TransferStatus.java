package cn.gonghui.membership.transfer;

public enum TransferStatus {
    /** 转出: the old union has released the member; waiting for the new union */
    RELEASED,
    /** 转入: the new union accepted; the member now belongs to it */
    ACCEPTED,
    /** withdrawn by the old union or declined by the new one */
    CANCELLED
}
