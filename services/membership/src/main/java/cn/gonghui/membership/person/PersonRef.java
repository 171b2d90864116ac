package cn.gonghui.membership.person;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who an ID number belongs to, as another service may know it: an opaque person id, and the membership if any. */
@Schema(name = "PersonRef")
public record PersonRef(
        @Schema(description = "stable, opaque id of the person; the same for every caller and every lookup") UUID personId,
        @Schema(description = "the person's active membership (会员), or null when they are not a member now") Long memberId) {
}
