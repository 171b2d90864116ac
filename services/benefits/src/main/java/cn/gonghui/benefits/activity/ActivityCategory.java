package cn.gonghui.benefits.activity;

/** The kinds of activity the reports count. */
public enum ActivityCategory {
    /** 运动会, 拔河, 棋类 … */
    SPORTS,
    /** 文化, 书画, 文艺 */
    CULTURE,
    /** 讲堂, 讲座 */
    LECTURE,
    /** 培训班 */
    TRAINING_CLASS,
    /** 技能竞赛, 练兵比武 */
    SKILLS_COMPETITION,
    /** 交友联谊 */
    SOCIAL,
    /** 流动服务日 */
    OUTREACH_DAY,
    /** 普法 */
    LEGAL_EDUCATION,
    /** 心理咨询, 减压 */
    COUNSELLING,
    /** 体检 */
    HEALTH_CHECK,
    /** 暑期托管 */
    SUMMER_CHILDCARE,
    /** 夏令营 (小候鸟) */
    CHILDRENS_CAMP,
    /** 招聘会 */
    JOB_FAIR,
    /** 志愿服务 */
    VOLUNTEER,
    /** 庆祝活动 */
    CELEBRATION
}
