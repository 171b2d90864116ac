package cn.gonghui.membership.importing;

import static cn.gonghui.membership.Fixtures.registerEnterprise;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.tokens;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.testkit.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 批量入会: CSV and XLSX uploads, the per-row report, re-uploads and scope. */
@QuarkusTest
class MemberImportTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String MASKED_ID = "\\*{14}[0-9]{3}[0-9X]";

    @Test
    void csvRowsAreValidatedOneByOneAndReuploadCreatesNoDuplicates() {
        var t = tree();
        long union = t.enterpriseUnion();
        String officer = tokens().officer(t.street());
        long enterprise = registerEnterprise(union);
        String code = asAdmin().get("/api/v1/enterprises/" + enterprise).then().statusCode(200)
                .extract().jsonPath().getString("creditCode");
        String[] good = {idNumber(), idNumber(), idNumber(), idNumber(), idNumber()};
        String csv = String.join("\n",
                "idNumber,name,phone,enterpriseCreditCode,joinedOn",
                good[0] + ",张一,13812345678," + code + ",2024-03-01",
                good[1] + ",张二,,,",
                wrongCheckCharacter(idNumber()) + ",李三,13812345679,,",
                good[2] + ",王四,13912345678,,2023-12-31",
                idNumber() + ",,13712345678,,",
                idNumber() + ",赵五,12345,,",
                good[3] + ",钱六,,,",
                good[4] + ",孙七,15000000000,,") + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        Response first = upload(officer, union, CSV, file);
        first.then().statusCode(201)
                .body("unionId", equalTo((int) union))
                .body("format", equalTo("CSV"))
                .body("status", equalTo("DONE"))
                .body("rowsDone", equalTo(8))
                .body("totalRows", equalTo(8))
                .body("imported", equalTo(5))
                .body("alreadyMembers", equalTo(0))
                .body("rejected", equalTo(3))
                .body("errors.row", equalTo(List.of(4, 6, 7)))
                .body("errors.field", equalTo(List.of("idNumber", "name", "phone")))
                .body("errors[0].problem", containsString("check character"))
                .body("errors[1].problem", equalTo("is required"));
        long importId = first.jsonPath().getLong("id");
        assertThat(first.header("Location")).endsWith("/api/v1/member-imports/" + importId);
        assertThat(first.asString()).doesNotContain(good[0]);

        JsonPath members = membersOf(union);
        assertThat(members.getList("items")).hasSize(5);
        assertThat(members.getList("items.name", String.class)).containsExactlyInAnyOrder("张一", "张二", "王四", "钱六", "孙七");
        assertThat(members.getList("items.status", String.class)).containsOnly("ACTIVE");
        assertThat(members.getList("items.idNumber", String.class)).allMatch(id -> id.matches(MASKED_ID));
        assertThat(members.getList("items.idNumber", String.class)).contains("**************" + good[0].substring(14));
        assertThat(members.getList("items.phone", String.class)).contains("138****5678");
        Map<String, Object> zhang = members.getMap("items.find { it.name == '张一' }");
        assertThat(zhang.get("joinedOn")).isEqualTo("2024-03-01");
        assertThat(((Number) zhang.get("enterpriseId")).longValue()).isEqualTo(enterprise);
        assertThat(members.getString("items.find { it.name == '张二' }.joinedOn")).isEqualTo(LocalDate.now(cn.gonghui.defaults.ChinaClock.ZONE).toString());

        // the same file again: nobody is enrolled twice
        upload(officer, union, CSV, file).then().statusCode(201)
                .body("totalRows", equalTo(8))
                .body("imported", equalTo(0))
                .body("alreadyMembers", equalTo(5))
                .body("rejected", equalTo(3));
        assertThat(membersOf(union).getList("items")).hasSize(5);

        given().auth().oauth2(officer).accept(ContentType.JSON).get("/api/v1/member-imports/" + importId)
                .then().statusCode(200)
                .body("id", equalTo((int) importId))
                .body("imported", equalTo(5))
                .body("errors", hasSize(3))
                .body("errors[2].field", equalTo("phone"));

        Response download = given().auth().oauth2(officer).accept("text/csv")
                .get("/api/v1/member-imports/" + importId + "/errors.csv");
        download.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        byte[] bytes = download.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(4);
        assertThat(text).startsWith("row,field,problem\r\n")
                .contains("\r\n4,idNumber,", "\r\n6,name,is required\r\n", "\r\n7,phone,");

        // an officer of another district sees neither the union nor the report
        String stranger = tokens().officer(tree().enterpriseUnion());
        upload(stranger, union, CSV, file).then().statusCode(anyOf(is(400), is(403)));
        given().auth().oauth2(stranger).accept(ContentType.JSON).get("/api/v1/member-imports/" + importId)
                .then().statusCode(404);
        given().auth().oauth2(stranger).accept("text/csv").get("/api/v1/member-imports/" + importId + "/errors.csv")
                .then().statusCode(404);
        assertThat(membersOf(union).getList("items")).hasSize(5);
    }

    @Test
    void xlsxWithChineseHeadersImports() throws IOException {
        var t = tree();
        long union = t.enterpriseUnion();
        String first = idNumber();
        String second = idNumber();
        byte[] workbook = xlsx(
                new Object[] {"身份证号", "姓名", "手机号", "入会日期"},
                new Object[] {first, "周八", "13800000001", LocalDate.of(2024, 5, 4)},
                new Object[] {second, "吴九", 13800000002L, "2024-05-05"},
                null,
                new Object[] {first, "郑十", null, null});

        upload(tokens().districtAdmin(), union, ImportFormat.XLSX_TYPE, workbook).then().statusCode(201)
                .body("format", equalTo("XLSX"))
                .body("totalRows", equalTo(3))
                .body("imported", equalTo(2))
                .body("rejected", equalTo(1))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(5))
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].problem", equalTo("duplicate of row 2"));

        JsonPath members = membersOf(union);
        assertThat(members.getList("items.name", String.class)).containsExactlyInAnyOrder("周八", "吴九");
        assertThat(members.getList("items.joinedOn", String.class)).containsExactlyInAnyOrder("2024-05-04", "2024-05-05");
        assertThat(members.getList("items.phone", String.class)).containsExactlyInAnyOrder("138****0001", "138****0002");
        assertThat(members.getList("items.idNumber", String.class)).allMatch(id -> id.matches(MASKED_ID));
    }

    /**
     * Before: credit codes were resolved district-wide, so an officer's file could link members to another
     * subtree's enterprise, and the per-row answer told which codes exist elsewhere (S14).
     */
    @Test
    void creditCodesAreResolvedOnlyWithinTheOfficersScope() {
        var mine = tree();
        var theirs = tree();
        String own = asAdmin().get("/api/v1/enterprises/" + registerEnterprise(mine.enterpriseUnion())).then().extract().path("creditCode");
        String foreign = asAdmin().get("/api/v1/enterprises/" + registerEnterprise(theirs.enterpriseUnion())).then().extract().path("creditCode");
        String unknown = cn.gonghui.testkit.TestIdentifiers.creditCode();
        String csv = "idNumber,name,enterpriseCreditCode\n"
                + idNumber() + ",本辖区," + own + "\n"
                + idNumber() + ",外辖区," + foreign + "\n"
                + idNumber() + ",未登记," + unknown + "\n";
        upload(tokens().officer(mine.street()), mine.enterpriseUnion(), CSV, csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("imported", equalTo(1))
                .body("rejected", equalTo(2))
                .body("errors.row", equalTo(List.of(3, 4)))
                .body("errors.field", equalTo(List.of("enterpriseCreditCode", "enterpriseCreditCode")))
                .body("errors[0].problem", equalTo("no enterprise with this credit code is registered"))
                .body("errors[1].problem", equalTo("no enterprise with this credit code is registered"));
    }

    @Inject
    ImportSlots slots;

    /** Before: every upload ran at once, each holding its file, its rows and a pooled connection (S10). */
    @Test
    void uploadsBeyondTheServersConcurrentImportsAreTurnedAway() {
        var t = tree();
        byte[] file = ("姓名,身份证号\n并发," + idNumber() + "\n").getBytes(StandardCharsets.UTF_8);
        int taken = 0;
        while (slots.tryAcquire()) {
            taken++;
        }
        try {
            assertThat(taken).as("the test profile's default of 2 slots").isEqualTo(2);
            upload(tokens().districtAdmin(), t.enterpriseUnion(), CSV, file).then().statusCode(429)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://gonghui.cn/problems/too-many-requests"));
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.release();
            }
        }
        upload(tokens().districtAdmin(), t.enterpriseUnion(), CSV, file).then().statusCode(201).body("imported", equalTo(1));
    }

    /**
     * Before: a workbook was unpacked whole into a cell model, so a part that unpacks to hundreds of MiB
     * (a huge shared-strings table just under POI's compression-ratio guard) could fill the heap (S10).
     * The test profile allows 1 MiB per part; this file's shared strings unpack to about 2.4 MB.
     */
    @Test
    void aWorkbookPartTooLargeWhenUnpackedIsRefusedAsTheFileIsRead() throws IOException {
        var t = tree();
        java.util.Random random = new java.util.Random(6);
        Object[][] rows = new Object[41][];
        rows[0] = new Object[] {"身份证号", "姓名", "备注"};
        for (int r = 1; r < rows.length; r++) {
            rows[r] = new Object[] {idNumber(), randomLetters(random, 30_000), randomLetters(random, 30_000)};
        }
        upload(tokens().districtAdmin(), t.enterpriseUnion(), ImportFormat.XLSX_TYPE, xlsx(rows)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].problem", containsString("too large, or too highly compressed, when unpacked"));
        assertThat(membersOf(t.enterpriseUnion()).getList("items")).isEmpty();
    }

    /**
     * Before: a file of any size was written in one transaction of up to 15 minutes, holding a pooled
     * connection, and the officer's screen learnt nothing until the end (S10). The test profile writes files
     * of more than 20 rows in the background, 10 rows per transaction.
     */
    @Test
    void aLargeFileIsWrittenInTheBackgroundWithItsProgressInTheReport() {
        var t = tree();
        StringBuilder csv = new StringBuilder("姓名,身份证号\n");
        for (int i = 0; i < 25; i++) {
            csv.append("会员").append(i).append(',').append(idNumber()).append('\n');
        }
        csv.append("缺身份证,\n");
        Response accepted = upload(tokens().districtAdmin(), t.enterpriseUnion(), CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
        accepted.then().statusCode(202)
                .body("totalRows", equalTo(26))
                .body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(27))
                .body("status", anyOf(equalTo("RUNNING"), equalTo("DONE")));
        String report = accepted.header("Location");
        assertThat(report).endsWith("/api/v1/member-imports/" + accepted.jsonPath().getLong("id"));
        Eventually.await(Duration.ofSeconds(30), "the import is done",
                () -> "DONE".equals(asAdmin().get(report).then().statusCode(200).extract().path("status")));
        asAdmin().get(report).then().statusCode(200)
                .body("rowsDone", equalTo(26))
                .body("imported", equalTo(25))
                .body("alreadyMembers", equalTo(0))
                .body("failure", is((Object) null));
        assertThat(membersOf(t.enterpriseUnion()).getList("items")).hasSize(25);
        Eventually.await(Duration.ofSeconds(10), "the background import gave its slot back", () -> slots.available() == 2);
        assertThat(joinedEventsInTrace(t.enterpriseUnion(), accepted.header("X-Trace-Id")))
                .as("the background import's events continue the upload's trace").isEqualTo(25);
    }

    private int joinedEventsInTrace(long unionId, String traceId) {
        try (var c = db.getConnection(); var ps = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE type = 'MemberJoined'"
                + " AND envelope->'data'->>'unionId' = ? AND split_part(traceparent, '-', 2) = ?")) {
            ps.setString(1, String.valueOf(unionId));
            ps.setString(2, traceId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    io.agroal.api.AgroalDataSource db;

    /** A background import whose server stopped would otherwise show RUNNING for ever. */
    @Test
    void aBackgroundImportThatStoppedMovingIsShownAsFailed() throws Exception {
        var t = tree();
        long stalled;
        long moving;
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement st = c.createStatement()) {
            String insert = "INSERT INTO member_import (union_id, content_sha256, format, total_rows, imported, already_members, rejected,"
                    + " errors, imported_by, status, rows_done, progressed_at) VALUES (" + t.enterpriseUnion()
                    + ", 'x', 'CSV', 9000, 1000, 0, 0, '[]', 'admin-1', 'RUNNING', 1000, now() - interval '%s') RETURNING id";
            try (java.sql.ResultSet rs = st.executeQuery(String.format(insert, "1 hour"))) {
                rs.next();
                stalled = rs.getLong(1);
            }
            try (java.sql.ResultSet rs = st.executeQuery(String.format(insert, "1 second"))) {
                rs.next();
                moving = rs.getLong(1);
            }
        }
        asAdmin().get("/api/v1/member-imports/" + stalled).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("rowsDone", equalTo(1000))
                .body("failure", containsString("upload the file again"));
        asAdmin().get("/api/v1/member-imports/" + moving).then().statusCode(200).body("status", equalTo("RUNNING"));
    }

    @Test
    void fileLevelProblemsAreRejectedWhole() {
        var t = tree();
        long union = t.enterpriseUnion();
        String admin = tokens().districtAdmin();

        upload(admin, union, "text/plain", "name,idNumber\n张三,110105199001011234\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType(startsWith("application/problem+json"));

        upload(admin, union, CSV, ("姓名,手机号\n张三,13800000000\n").getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].problem", equalTo("missing column idNumber/身份证号"));

        upload(admin, union, CSV, "name,idNumber\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body("errors[0].field", equalTo("file"));

        upload(admin, union, CSV, new byte[0])
                .then().statusCode(400).body("errors[0].field", equalTo("file"));

        upload(admin, union, ImportFormat.XLSX_TYPE, "this is not a workbook".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].problem", containsString("XLSX"));

        assertThat(membersOf(union).getList("items")).isEmpty();
    }

    @Test
    void gbkCsvFromExcelIsReadToo() {
        var t = tree();
        long union = t.enterpriseUnion();
        String id = idNumber();
        byte[] gbk = ("姓名,身份证号\r\n欧阳娜娜," + id + "\r\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        upload(tokens().districtAdmin(), union, "text/csv", gbk).then().statusCode(201)
                .body("imported", equalTo(1));
        assertThat(membersOf(union).getList("items.name", String.class)).containsExactly("欧阳娜娜");
    }

    private static Response upload(String token, long unionId, String contentType, byte[] body) {
        return given().auth().oauth2(token).contentType(contentType).accept(ContentType.JSON).body(body)
                .queryParam("fileName", "会员名单")
                .post("/api/v1/unions/" + unionId + "/member-imports");
    }

    private static JsonPath membersOf(long unionId) {
        return asAdmin().queryParam("unionId", unionId).queryParam("limit", 200).get("/api/v1/members")
                .then().statusCode(200).body("items.idNumber", everyItem(matchesPattern(MASKED_ID)))
                .extract().jsonPath();
    }

    private static String randomLetters(java.util.Random random, int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String wrongCheckCharacter(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    }

    /** A workbook with one sheet; a null row stays blank, LocalDate cells get a date format. */
    private static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("会员");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
