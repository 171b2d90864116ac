package cn.gonghui.membership.honour;

import java.util.List;

/** 荣誉类型, each with the recipients it may go to. */
public enum HonourKind {
    /** 劳动模范/先进工作者: model worker, awarded to a person. */
    MODEL_WORKER("劳动模范", RecipientType.MEMBER),
    /** 工人先锋号: worker-pioneer title, awarded to a team. */
    WORKER_PIONEER("工人先锋号", RecipientType.TEAM),
    /** 五一劳动奖章: May Day labour medal, awarded to a person. */
    MAY_DAY_MEDAL("五一劳动奖章", RecipientType.MEMBER),
    /** 五一劳动奖状: May Day labour certificate, awarded to an enterprise or a team. */
    MAY_DAY_AWARD("五一劳动奖状", RecipientType.ENTERPRISE, RecipientType.TEAM),
    /** 职工创新工作室: workers' innovation studio, run by a team or an enterprise. */
    INNOVATION_STUDIO("职工创新工作室", RecipientType.TEAM, RecipientType.ENTERPRISE);

    private final String term;
    private final List<RecipientType> recipients;

    HonourKind(String term, RecipientType... recipients) {
        this.term = term;
        this.recipients = List.of(recipients);
    }

    /** The Chinese programme term. */
    public String term() {
        return term;
    }

    /** The recipient types this honour may go to. */
    public List<RecipientType> recipients() {
        return recipients;
    }

    public boolean mayGoTo(RecipientType type) {
        return recipients.contains(type);
    }
}
