package cn.gonghui.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Who may act on which union, over a small tree:
 * <pre>
 * 1 区总工会
 * ├── 2 街道          ├── 22 另一街道 (shares the digits "2")
 * │   └── 3 企业工会   │   └── 5 企业工会
 * └── 4 街道 (dissolved)
 * </pre>
 */
class UnionScopeTest {

    static final class InMemoryTree implements UnionTree {
        final Map<Long, String> paths = new HashMap<>();
        final Set<Long> dissolved = new HashSet<>();
        final AtomicInteger lookups = new AtomicInteger();

        InMemoryTree() {
            paths.put(1L, "/1/");
            paths.put(2L, "/1/2/");
            paths.put(3L, "/1/2/3/");
            paths.put(22L, "/1/22/");
            paths.put(5L, "/1/22/5/");
            paths.put(4L, "/1/4/");
            dissolved.add(4L);
        }

        @Override
        public Optional<String> pathOf(long unionId) {
            return Optional.ofNullable(paths.get(unionId));
        }

        @Override
        public Optional<String> activePathOf(long unionId) {
            lookups.incrementAndGet();
            return dissolved.contains(unionId) ? Optional.empty() : pathOf(unionId);
        }
    }

    final InMemoryTree tree = new InMemoryTree();

    UnionScope scopeOf(FakeJwt jwt) {
        UnionScope scope = new UnionScope();
        scope.caller = jwt.caller();
        scope.tree = tree;
        return scope;
    }

    UnionScope admin() {
        return scopeOf(FakeJwt.subject("admin-1", Roles.DISTRICT_ADMIN));
    }

    UnionScope officerOf(long union) {
        return scopeOf(FakeJwt.subject("officer-of-" + union, Roles.OFFICER).with("unionId", union));
    }

    @Test
    void aDistrictAdminSeesEveryUnion() {
        UnionScope scope = admin();
        assertThat(scope.subtreePrefix()).isEmpty();
        for (long union : new long[] {1, 2, 3, 4, 5, 22, 999}) {
            assertThat(scope.mayActOn(union)).as("union %d", union).isTrue();
        }
        assertThat(scope.contains("/1/22/5/")).isTrue();
        assertThatCode(() -> scope.require(999)).doesNotThrowAnyException();
    }

    @Test
    void anAdminWhoIsAlsoAnOfficerIsStillAnAdmin() {
        UnionScope scope = scopeOf(FakeJwt.subject("both", Roles.DISTRICT_ADMIN, Roles.OFFICER).with("unionId", 3L));
        assertThat(scope.subtreePrefix()).isEmpty();
        assertThat(scope.mayActOn(5)).isTrue();
    }

    @Test
    void anOfficerSeesTheirOwnSubtreeOnly() {
        UnionScope scope = officerOf(2);
        assertThat(scope.subtreePrefix()).contains("/1/2/");
        assertThat(scope.mayActOn(2)).as("own union").isTrue();
        assertThat(scope.mayActOn(3)).as("below").isTrue();
        assertThat(scope.mayActOn(1)).as("above").isFalse();
        assertThat(scope.mayActOn(4)).as("sibling").isFalse();
        assertThat(scope.mayActOn(5)).as("cousin").isFalse();
        assertThat(scope.mayActOn(999)).as("unknown").isFalse();
    }

    @Test
    void anOfficerOfALeafSeesOnlyThatUnion() {
        UnionScope scope = officerOf(3);
        assertThat(scope.mayActOn(3)).isTrue();
        assertThat(scope.mayActOn(2)).isFalse();
        assertThat(scope.contains("/1/2/3/")).isTrue();
        assertThat(scope.contains("/1/2/")).isFalse();
    }

    @Test
    void siblingPrefixesThatShareDigitsAreNotContained() {
        UnionScope scope = officerOf(2);
        assertThat(scope.contains("/1/2/")).isTrue();
        assertThat(scope.contains("/1/2/3/")).isTrue();
        assertThat(scope.contains("/1/22/")).isFalse();
        assertThat(scope.contains("/1/22/5/")).isFalse();
        assertThat(scope.mayActOn(22)).isFalse();
        assertThat(officerOf(22).contains("/1/2/")).isFalse();
        assertThat(officerOf(22).mayActOn(2)).isFalse();
    }

    @Test
    void requireAnswers403OutsideTheScope() {
        UnionScope scope = officerOf(2);
        assertThatCode(() -> scope.require(3)).doesNotThrowAnyException();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> scope.require(5));
        assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(e.getMessage()).isEqualTo("union 5 is outside your scope");
    }

    @Test
    void anOfficerOfADissolvedUnionActsOnNothing() {
        UnionScope scope = officerOf(4);
        assertForbidden(scope::subtreePrefix, "the officer's union 4 is unknown or dissolved");
        assertForbidden(() -> scope.mayActOn(4), "the officer's union 4 is unknown or dissolved");
        assertForbidden(() -> scope.contains("/1/4/"), "the officer's union 4 is unknown or dissolved");
    }

    @Test
    void anOfficerOfAnUnknownUnionActsOnNothing() {
        assertForbidden(officerOf(999)::subtreePrefix, "the officer's union 999 is unknown or dissolved");
    }

    @Test
    void anOfficerTokenWithoutUnionIdActsOnNothing() {
        UnionScope scope = scopeOf(FakeJwt.subject("officer-x", Roles.OFFICER));
        assertForbidden(scope::subtreePrefix, "the officer token has no unionId claim");
        assertForbidden(() -> scope.mayActOn(2), "the officer token has no unionId claim");
    }

    @Test
    void membersAndPartnersHaveNoUnionScope() {
        for (FakeJwt jwt : new FakeJwt[] {FakeJwt.subject("member-5", Roles.MEMBER).with("memberId", 5L),
                FakeJwt.subject("insurer-pingan", Roles.INSURER).with("partnerId", "pingan"),
                FakeJwt.subject("merchant-1", Roles.MERCHANT).with("partnerId", "1"),
                FakeJwt.subject("no-role")}) {
            UnionScope scope = scopeOf(jwt);
            assertForbidden(scope::subtreePrefix, "this role has no union scope");
            assertThat(scope.mayActOn(1)).as(jwt.getName()).isFalse();
            assertThat(scope.mayActOn(3)).as(jwt.getName()).isFalse();
            assertThat(catchThrowableOfType(ProblemException.class, () -> scope.require(3)).type()).isEqualTo(ProblemType.FORBIDDEN);
        }
    }

    @Test
    void aMemberWithAUnionIdClaimStillHasNoScope() {
        UnionScope scope = scopeOf(FakeJwt.subject("member-5", Roles.MEMBER).with("unionId", 2L));
        assertThat(scope.mayActOn(2)).isFalse();
        assertForbidden(scope::subtreePrefix, "this role has no union scope");
    }

    @Test
    void theOfficersPathIsLookedUpOncePerRequest() {
        UnionScope scope = officerOf(2);
        scope.mayActOn(3);
        scope.mayActOn(5);
        scope.contains("/1/2/3/");
        scope.subtreePrefix();
        assertThat(tree.lookups).hasValue(1);
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);
        assertThat(e).as(message).isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(e.getResponse().getStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
