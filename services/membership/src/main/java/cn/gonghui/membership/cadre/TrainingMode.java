package cn.gonghui.membership.cadre;

/** How a training was held. */
public enum TrainingMode {
    /** 请进来: 集中培训, teachers brought in */
    IN_HOUSE,
    /** 走出去: 交流学习, a study trip */
    STUDY_TRIP,
    /** 专题学习/讲座: a lecture the cadres attend */
    LECTURE
}
