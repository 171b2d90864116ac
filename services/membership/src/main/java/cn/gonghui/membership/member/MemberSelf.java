package cn.gonghui.membership.member;

import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The member a member token belongs to. The {@code memberId} claim comes from the identity provider's
 * user attributes; if a user could edit it, they could read and change another member (review S21). So,
 * unless switched off, membership honours it only when the token's verified real-name claim
 * ({@link RealNameIdentity}) is that member's ID number: an edited memberId then names someone who is not
 * the caller, and the member is treated as not theirs. Switched off
 * ({@code gonghui.members.self-access-needs-real-name=false}, for an identity provider without real-name
 * verification), the claim is trusted as it is, and the provider must keep it admin-only (docs/security.md).
 */
@RequestScoped
public class MemberSelf {

    @Inject
    Caller caller;

    @Inject
    RealNameIdentity realName;

    @Inject
    PersonalDataCipher cipher;

    @ConfigProperty(name = "gonghui.members.self-access-needs-real-name", defaultValue = "true")
    boolean needsRealName;

    /** Whether the caller's own membership, by their token, is {@code memberId}, and the record itself; else empty. */
    public Optional<Member> is(long memberId) {
        if (caller.memberId().filter(own -> own == memberId).isEmpty()) {
            return Optional.empty();
        }
        Member m = Member.findById(memberId);
        if (m == null || (needsRealName && !realName.isCallerThePersonWith(
                cipher.open(m.idNumberSealed, Member.idNumberContext(m.idNumberHash))))) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    /** The caller's own membership; 403 without a memberId claim or when it is not bound to the caller's verified identity. */
    public Member require() {
        long own = caller.requireMemberId();
        return is(own).orElseThrow(() -> Member.findById(own) == null
                ? ProblemException.notFound("member", own)
                : ProblemException.forbidden("the token's memberId is not the member your real-name verification holds"));
    }
}
