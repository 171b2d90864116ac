package cn.gonghui.membership.importing;

import cn.gonghui.problems.ProblemException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an uploaded CSV or XLSX file into {@link ImportRow}s. The first row is the header; blank rows are
 * skipped; row numbers are the spreadsheet's own (header = 1). Problems with the file as a whole are 400s
 * naming the field "file".
 */
final class RowReader {

    /** Twice the 100k rows a large enterprise union enrols at once; larger files must be split. */
    static final int MAX_ROWS = 200_000;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private RowReader() {
    }

    static List<ImportRow> read(ImportFormat format, byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        List<ImportRow> rows = format == ImportFormat.XLSX ? xlsx(content) : csv(content);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "has a header row but no data rows");
        }
        return rows;
    }

    private static List<ImportRow> csv(byte[] content) {
        List<ImportRow> rows = new ArrayList<>();
        Columns columns = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .ofCsvRecord(decode(content))) {
            for (CsvRecord record : reader) {
                List<String> fields = record.getFields();
                if (columns == null) {
                    if (blank(fields)) {
                        continue;
                    }
                    columns = Columns.of(fields);
                } else if (!blank(fields)) {
                    add(rows, columns.row(Math.toIntExact(record.getStartingLineNumber()), fields));
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw ProblemException.invalid("file", "is not readable as CSV (check the quoting)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw ProblemException.invalid("file", "has no header row");
        }
        return rows;
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise GB18030, which Chinese Excel writes. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static List<ImportRow> xlsx(byte[] content) {
        try (XSSFWorkbook workbook = open(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ProblemException.invalid("file", "has no worksheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<ImportRow> rows = new ArrayList<>();
            Columns columns = null;
            for (Row row : sheet) {
                List<String> cells = cells(row, formatter, evaluator);
                if (blank(cells)) {
                    continue;
                }
                if (columns == null) {
                    columns = Columns.of(cells);
                } else {
                    add(rows, columns.row(row.getRowNum() + 1, cells));
                }
            }
            if (columns == null) {
                throw ProblemException.invalid("file", "the first worksheet is empty");
            }
            return rows;
        } catch (IOException e) {
            throw ProblemException.invalid("file", "is not a readable XLSX workbook");
        }
    }

    private static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "is not a readable XLSX workbook");
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        int last = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            cells.add(text(row.getCell(i), formatter, evaluator));
        }
        return cells;
    }

    /** A cell as the user sees it; dates as yyyy-MM-dd whatever their display format. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        try {
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException unevaluable) {
            return formatter.formatCellValue(cell);
        }
    }

    private static void add(List<ImportRow> rows, ImportRow row) {
        if (rows.size() >= MAX_ROWS) {
            throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows; split it into smaller files");
        }
        rows.add(row);
    }

    private static boolean blank(List<String> fields) {
        for (String f : fields) {
            if (f != null && !f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Which position holds which column, from the header row. */
    private record Columns(Map<ImportColumn, Integer> positions) {

        static Columns of(List<String> header) {
            Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
            for (int i = 0; i < header.size(); i++) {
                int position = i;
                ImportColumn.byHeader(header.get(i)).ifPresent(c -> {
                    if (positions.putIfAbsent(c, position) != null) {
                        throw ProblemException.invalid("file", "column " + c.label() + " appears twice");
                    }
                });
            }
            for (ImportColumn c : ImportColumn.values()) {
                if (c.required() && !positions.containsKey(c)) {
                    throw ProblemException.invalid("file", "missing column " + c.label());
                }
            }
            return new Columns(positions);
        }

        ImportRow row(int number, List<String> fields) {
            return new ImportRow(number, get(ImportColumn.NAME, fields), get(ImportColumn.ID_NUMBER, fields),
                    get(ImportColumn.PHONE, fields), get(ImportColumn.ENTERPRISE_CREDIT_CODE, fields),
                    get(ImportColumn.JOINED_ON, fields));
        }

        private String get(ImportColumn column, List<String> fields) {
            Integer position = positions.get(column);
            if (position == null || position >= fields.size()) {
                return null;
            }
            String value = fields.get(position);
            return value == null || value.isBlank() ? null : value;
        }
    }
}
