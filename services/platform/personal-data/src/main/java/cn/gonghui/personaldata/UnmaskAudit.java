package cn.gonghui.personaldata;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/** Guards every unmasked read: it needs the personal-data-reader permission and a reason, and leaves a record. */
@ApplicationScoped
public class UnmaskAudit {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String subjectType, Object subjectId, List<String> fields, String reason) {
        if (!caller.is(Roles.PERSONAL_DATA_READER)) {
            throw ProblemException.forbidden("unmasking personal data needs the " + Roles.PERSONAL_DATA_READER + " permission");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.invalid("reason", "a reason of 1 to 500 characters is required to unmask personal data");
        }
        PersonalDataAccess access = new PersonalDataAccess();
        access.actor = caller.subject();
        access.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        access.subjectType = subjectType;
        access.subjectId = String.valueOf(subjectId);
        access.fields = String.join(",", fields);
        access.reason = reason.strip();
        access.accessedAt = OffsetDateTime.now();
        access.persist();
    }
}
