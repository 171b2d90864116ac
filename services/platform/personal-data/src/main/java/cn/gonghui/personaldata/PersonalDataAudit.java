package cn.gonghui.personaldata;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * 敏感信息访问审计: every use of personal data in clear leaves a row in {@code personal_data_access}.
 * An unmasked read needs the personal-data-reader permission and a reason; an attempt without the
 * permission is recorded too, in a transaction of its own, since the request's own rolls back with the
 * 403. A lookup by ID number for another service (which person is this?) is recorded the same way.
 */
@ApplicationScoped
public class PersonalDataAudit {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void unmask(String subjectType, Object subjectId, List<String> fields, String reason) {
        if (!caller.is(Roles.PERSONAL_DATA_READER)) {
            String attempted = reason == null || reason.isBlank() ? "(none given)" : reason.strip();
            QuarkusTransaction.requiringNew().run(() -> access("DENIED", subjectType, subjectId, fields,
                    attempted.length() > 500 ? attempted.substring(0, 500) : attempted).persist());
            throw ProblemException.forbidden("unmasking personal data needs the " + Roles.PERSONAL_DATA_READER + " permission");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.invalid("reason", "a reason of 1 to 500 characters is required to unmask personal data");
        }
        access("GRANTED", subjectType, subjectId, fields, reason.strip()).persist();
    }

    /** A lookup by personal data the caller's role already allows (e.g. a service resolving a person). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lookup(String subjectType, Object subjectId, List<String> fields, String purpose) {
        access("GRANTED", subjectType, subjectId, fields, purpose).persist();
    }

    private PersonalDataAccess access(String outcome, String subjectType, Object subjectId, List<String> fields, String reason) {
        PersonalDataAccess access = new PersonalDataAccess();
        access.outcome = outcome;
        access.actor = caller.subject();
        access.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        access.actorUnionId = caller.unionId().orElse(null);
        access.subjectType = subjectType;
        access.subjectId = String.valueOf(subjectId);
        access.fields = String.join(",", fields);
        access.reason = reason;
        access.accessedAt = OffsetDateTime.now(clock);
        return access;
    }
}
