package cn.gonghui.membership.honour;

import java.util.List;

/** 荣誉类型, each with the recipients it may go to. */
public enum HonourKind {
    /** 劳动模范: model worker, a person. 先进工作者 is {@link #ADVANCED_WORKER}. */
    MODEL_WORKER("劳动模范", RecipientType.MEMBER, RecipientType.PERSON),
    /** 先进工作者: advanced worker (conferred with 劳模, counted apart by the reports), a person. */
    ADVANCED_WORKER("先进工作者", RecipientType.MEMBER, RecipientType.PERSON),
    /** 工人先锋号: worker-pioneer title, awarded to a team. */
    WORKER_PIONEER("工人先锋号", RecipientType.TEAM),
    /** 五一劳动奖章: May Day labour medal, awarded to a person. */
    MAY_DAY_MEDAL("五一劳动奖章", RecipientType.MEMBER, RecipientType.PERSON),
    /** 五一劳动奖状: May Day labour certificate, awarded to an enterprise or a team. */
    MAY_DAY_AWARD("五一劳动奖状", RecipientType.ENTERPRISE, RecipientType.TEAM),
    /** 职工创新工作室: workers' innovation studio, run by a team or an enterprise. */
    INNOVATION_STUDIO("职工创新工作室", RecipientType.TEAM, RecipientType.ENTERPRISE),
    /** 劳模创新工作室: a model worker's innovation studio. */
    MODEL_WORKER_STUDIO("劳模创新工作室", RecipientType.TEAM, RecipientType.ENTERPRISE),
    /** 模范集体: model collective. */
    MODEL_COLLECTIVE("模范集体", RecipientType.TEAM, RecipientType.ENTERPRISE, RecipientType.UNION),
    /** 三八红旗奖章 (三八红旗手): a woman. */
    MARCH_8_MEDAL("三八红旗奖章", RecipientType.MEMBER, RecipientType.PERSON),
    /** 三八红旗集体. */
    MARCH_8_COLLECTIVE("三八红旗集体", RecipientType.TEAM, RecipientType.ENTERPRISE, RecipientType.UNION),
    /** 模范职工之家: a union (its 职工之家) or the 职工之家 point itself. */
    MODEL_WORKERS_HOME("模范职工之家", RecipientType.UNION, RecipientType.SERVICE_POINT),
    /** 示范职工之家. */
    DEMONSTRATION_WORKERS_HOME("示范职工之家", RecipientType.UNION, RecipientType.SERVICE_POINT),
    /** 先进职工之家. */
    ADVANCED_WORKERS_HOME("先进职工之家", RecipientType.UNION, RecipientType.SERVICE_POINT),
    /** 和谐示范点 (和谐劳动关系示范点). */
    HARMONY_MODEL("和谐示范点", RecipientType.ENTERPRISE, RecipientType.UNION, RecipientType.TEAM),
    /** 标兵能人: a person. */
    STANDARD_BEARER("标兵能人", RecipientType.MEMBER, RecipientType.PERSON),
    /** 工匠 (e.g. 大都工匠): a person. */
    CRAFTSMAN("工匠", RecipientType.MEMBER, RecipientType.PERSON),
    /**
     * 表彰 with a free title, of a programme ({@code programme} required: 双爱双评, 优秀和谐劳动关系单位, 双爱单位 …), to any
     * recipient. The figures count commendations per programme.
     */
    COMMENDATION("表彰", RecipientType.values());

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
