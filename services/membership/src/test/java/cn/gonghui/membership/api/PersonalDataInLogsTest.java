package cn.gonghui.membership.api;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ID numbers and phones never reach the log, not even when a request with them fails. */
@QuarkusTest
class PersonalDataInLogsTest {

    @Test
    void noIdNumberOrPhoneInTheLogOfTheTestRun() throws Exception {
        var t = tree();
        String id = idNumber();
        String badId = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        asAdmin().body(Map.of("name", "郑一", "idNumber", id, "phone", "13387654321", "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201);
        asAdmin().body(Map.of("name", "郑一", "idNumber", id, "phone", "13387654321", "unionId", t.street()))
                .post("/api/v1/members").then().statusCode(409);
        asAdmin().body(Map.of("name", "郑一", "idNumber", badId, "unionId", t.street()))
                .post("/api/v1/members").then().statusCode(400);
        asAdmin().body("{\"name\":\"郑一\",\"idNumber\":\"" + id + "\",\"unionId\":\"not-a-number\"}")
                .post("/api/v1/members").then().statusCode(400);
        Thread.sleep(500); // let the file handler flush
        Path log = Path.of("target", "membership-test.log");
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).as("the log is being written").contains("Installed features");
        assertThat(text).doesNotContain(id).doesNotContain(badId).doesNotContain("13387654321");
    }
}
