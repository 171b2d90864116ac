package cn.gonghui.persons;

import cn.gonghui.scope.UnionTree;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** What a service gives the libraries this test's small application carries (personal-data's audit needs both). */
public class TestBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Produces
    @Singleton
    UnionTree tree() {
        return new UnionTree() {
            @Override
            public Optional<String> pathOf(long unionId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> activePathOf(long unionId) {
                return Optional.empty();
            }
        };
    }
}
