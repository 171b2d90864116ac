package cn.gonghui.membership.servicepoint;

/** 服务阵地类型 */
public enum ServicePointKind {
    /** 职工之家: workers' home, star-rated (星级职工之家) */
    WORKERS_HOME,
    /** 暖心驿站: warm station for outdoor workers (rest, water, heating up a meal, charging) */
    WARM_STATION,
    /** 心灵驿站: counselling station */
    HEART_STATION,
    /** 母婴关爱室: mother-and-baby room */
    MOTHER_BABY_ROOM,
    /** 工会服务站: union service station */
    SERVICE_STATION;

    /** Only a 职工之家 carries a star rating. */
    public boolean starRated() {
        return this == WORKERS_HOME;
    }
}
