package cn.gonghui.membership.importing;

/** Where an import stands: a large file is written in the background, a chunk per transaction. */
public enum ImportStatus {
    /** Still writing; {@code rowsDone} of {@code totalRows} are done. */
    RUNNING,
    /** Every row is imported, counted as an existing member, or rejected. */
    DONE,
    /** Stopped part-way; the rows done so far stay imported, and uploading the file again finishes it. */
    FAILED
}
