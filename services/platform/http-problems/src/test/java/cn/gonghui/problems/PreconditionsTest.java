package cn.gonghui.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void theEtagIsTheQuotedVersion() {
        assertThat(Preconditions.etag(7)).isEqualTo("\"7\"");
        assertThat(Preconditions.entityTag(7).getValue()).isEqualTo("7");
        assertThat(Preconditions.entityTag(7).isWeak()).isFalse();
    }

    @Test
    void withoutIfMatchAnUpdateIsRefusedWith428() {
        for (String missing : new String[] {null, "", "   "}) {
            ProblemException e = refused(missing, 3);
            assertThat(e.type()).as("If-Match [%s]", missing).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
            assertThat(e.getResponse().getStatus()).isEqualTo(428);
        }
    }

    @Test
    void anotherVersionIsRefusedWith412NamingBoth() {
        ProblemException e = refused("\"2\"", 3);
        assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(e.getResponse().getStatus()).isEqualTo(412);
        assertThat(e.getMessage()).isEqualTo("you sent \"2\" but the current version is \"3\"");
    }

    @Test
    void theCurrentVersionPassesStrongOrWeakAndWithSpaces() {
        assertThatCode(() -> Preconditions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("  \"3\" ", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch(" W/\"3\"", 3)).doesNotThrowAnyException();
    }

    /** RFC 9110 lets If-Match list several tags; before, a list was refused with 412 even when it held the current one. */
    @Test
    void aListOfTagsPassesWhenOneIsTheCurrentVersion() {
        assertThatCode(() -> Preconditions.requireMatch("\"2\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("W/\"1\",W/\"3\"", 3)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch("\"1\", \"2\"", 3)).type())
                .isEqualTo(ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void aStarMatchesAnyVersion() {
        assertThatCode(() -> Preconditions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("*", 12345)).doesNotThrowAnyException();
    }

    @Test
    void anUnquotedOrWeakOtherVersionIsAnotherVersion() {
        assertThat(refused("3", 3).type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(refused("W/\"2\"", 3).type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(refused("\"30\"", 3).type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(refused("w/\"3\"", 3).type()).as("the weak prefix is case-sensitive (RFC 9110)")
                .isEqualTo(ProblemType.PRECONDITION_FAILED);
    }

    private static ProblemException refused(String ifMatch, long version) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch(ifMatch, version));
        assertThat(e).as("If-Match [%s] against version %d", ifMatch, version).isNotNull();
        return e;
    }
}
