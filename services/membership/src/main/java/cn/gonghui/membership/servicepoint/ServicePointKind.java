package cn.gonghui.membership.servicepoint;

/** 服务阵地类型 */
public enum ServicePointKind {
    /** 职工之家: workers' home, star-rated (星级职工之家); a union running an open one has 建家 */
    WORKERS_HOME,
    /** 暖心驿站: warm station for outdoor workers (rest, water, heating up a meal, charging) */
    WARM_STATION,
    /** 心灵驿站: counselling station */
    HEART_STATION,
    /** 母婴关爱室: mother-and-baby room */
    MOTHER_BABY_ROOM,
    /** 工会服务站: union service station, star-rated (星级服务站) */
    SERVICE_STATION,
    /** 职工活动中心: (regional) workers' activity centre */
    ACTIVITY_CENTRE,
    /** 职工书屋: workers' library, recognised at a level (全国/省/市/区级职工书屋) */
    WORKERS_LIBRARY,
    /** 职业技能培训基地: skills training base */
    TRAINING_BASE,
    /** 微课堂: micro-classroom */
    MICRO_CLASSROOM,
    /** 职工服务中心: workers' service centre */
    SERVICE_CENTRE;

    /** 职工之家 and 工会服务站 carry a star rating. */
    public boolean starRated() {
        return this == WORKERS_HOME || this == SERVICE_STATION;
    }

    /** Only a 职工书屋 is recognised at a level. */
    public boolean recognised() {
        return this == WORKERS_LIBRARY;
    }
}
