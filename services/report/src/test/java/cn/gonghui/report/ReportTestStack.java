package cn.gonghui.report;

import cn.gonghui.localstack.DevKeys;
import cn.gonghui.localstack.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the report's tests run against: the local stack's dev keys (tokens are verified as in every
 * service) and {@link ServicesStub} in place of the five services. No database and no broker: the report
 * has neither.
 */
public class ReportTestStack implements QuarkusTestResourceLifecycleManager {

    private static final DevKeys KEYS = DevKeys.in(Path.of("target", "report-keys"));
    private final ServicesStub stub = new ServicesStub();

    public static Tokens tokens() {
        return new Tokens(KEYS.privateKey());
    }

    @Override
    public Map<String, String> start() {
        String url = stub.start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey.location", KEYS.publicKeyFile().toAbsolutePath().toUri().toString());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        for (String service : new String[] {"membership", "bargaining", "mediation", "assistance", "benefits"}) {
            config.put("quarkus.rest-client." + service + ".url", url);
        }
        return config;
    }

    @Override
    public void stop() {
        stub.stop();
    }
}
