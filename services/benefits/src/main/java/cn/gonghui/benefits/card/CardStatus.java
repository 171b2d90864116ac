package cn.gonghui.benefits.card;

/** ACTIVE: a member's card in use; SUSPENDED: the member left (退会); REPLACED: lost and replaced (挂失补卡). */
public enum CardStatus {
    ACTIVE,
    SUSPENDED,
    REPLACED
}
