package cn.gonghui.bargaining.contract;

import java.time.LocalDate;

/**
 * A legal deadline of a contract: what is due, the last day it is on time (Asia/Shanghai), the article that
 * sets it, whether it is done, and whether it is overdue today (not done and today after dueOn).
 */
public record Deadline(String what, LocalDate dueOn, String legalBasis, boolean done, boolean overdue) {
}
