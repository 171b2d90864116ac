package cn.gonghui.membership.person;

import cn.gonghui.identifiers.ResidentId;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ID number to resolve; it travels in the body, never in a URL. */
@Schema(name = "PersonQuery")
public record PersonQuery(@NotBlank @ResidentId String idNumber) {
}
