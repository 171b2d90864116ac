package cn.gonghui.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void rolesAndSubjectComeFromTheToken() {
        Caller caller = FakeJwt.subject("officer-of-4", Roles.OFFICER, Roles.PERSONAL_DATA_READER).caller();
        assertThat(caller.subject()).isEqualTo("officer-of-4");
        assertThat(caller.roles()).containsExactlyInAnyOrder("officer", "personal-data-reader");
        assertThat(caller.is(Roles.OFFICER)).isTrue();
        assertThat(caller.is(Roles.DISTRICT_ADMIN)).isFalse();
    }

    @Test
    void withoutGroupsTheCallerHasNoRole() {
        FakeJwt jwt = FakeJwt.subject("nobody");
        jwt.with("groups", null);
        assertThat(jwt.caller().roles()).isEmpty();
        assertThat(jwt.caller().is(Roles.MEMBER)).isFalse();
    }

    @Test
    void withoutSubjectTheNameStandsIn() {
        FakeJwt jwt = FakeJwt.subject("upn-only", Roles.MEMBER).with("sub", null);
        assertThat(jwt.caller().subject()).isEqualTo("upn-only");
    }

    @Test
    void numericClaimsAreReadFromJsonNumbersNumbersAndText() {
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", Json.createValue(9L)).caller().unionId()).contains(9L);
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", 9).caller().unionId()).contains(9L);
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", Json.createValue("9")).caller().unionId()).contains(9L);
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", "9").caller().unionId()).contains(9L);
        assertThat(FakeJwt.subject("m", Roles.MEMBER).with("memberId", Json.createValue(42L)).caller().memberId()).contains(42L);
    }

    @Test
    void aMissingOrUnreadableNumericClaimIsAbsent() {
        assertThat(FakeJwt.subject("o", Roles.OFFICER).caller().unionId()).isEmpty();
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", "nine").caller().unionId()).isEmpty();
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", Json.createValue("")).caller().unionId()).isEmpty();
        assertThat(FakeJwt.subject("o", Roles.OFFICER).with("unionId", true).caller().unionId()).isEmpty();
    }

    @Test
    void thePartnerIsText() {
        assertThat(FakeJwt.subject("insurer-pingan", Roles.INSURER).with("partnerId", Json.createValue("pingan")).caller().partnerId())
                .contains("pingan");
        assertThat(FakeJwt.subject("insurer-pingan", Roles.INSURER).with("partnerId", "pingan").caller().partnerId()).contains("pingan");
        assertThat(FakeJwt.subject("insurer", Roles.INSURER).caller().partnerId()).isEmpty();
    }

    @Test
    void aMemberTokenWithoutMemberIdIsForbiddenWhereOneIsNeeded() {
        assertThat(FakeJwt.subject("m", Roles.MEMBER).with("memberId", 42L).caller().requireMemberId()).isEqualTo(42L);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> FakeJwt.subject("m", Roles.MEMBER).caller().requireMemberId());
        assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(e.getResponse().getStatus()).isEqualTo(403);
    }
}
