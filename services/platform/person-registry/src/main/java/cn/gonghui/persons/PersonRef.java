package cn.gonghui.persons;

import java.util.UUID;

/** Who an ID number belongs to: membership's opaque person id, and the active membership if any. */
public record PersonRef(UUID personId, Long memberId) {
}
