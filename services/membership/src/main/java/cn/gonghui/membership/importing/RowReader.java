package cn.gonghui.membership.importing;

import cn.gonghui.problems.ProblemException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Turns an uploaded CSV or XLSX file into {@link ImportRow}s. The first row is the header; blank rows are
 * skipped; row numbers are the spreadsheet's own (header = 1). Problems with the file as a whole are 400s
 * naming the field "file".
 */
final class RowReader {

    /** Twice the 100k rows a large enterprise union enrols at once; larger files must be split. */
    static final int MAX_ROWS = 200_000;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A workbook part may unpack to at most 100 times its packed size (POI's default, set here on purpose). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private RowReader() {
    }

    /** The zip-bomb guard for every workbook this service opens: part size and compression ratio (review S10). */
    static void limitUnpackedParts(long maxPartBytes) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxPartBytes);
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
                .ofCsvRecord(reader(content))) {
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

    /**
     * The file as characters, decoded as it is read rather than copied into one String (which took twice the
     * file's size again, review S10): UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
     * GB18030, which Chinese Excel writes.
     */
    static Reader reader(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = isUtf8(content, start) ? StandardCharsets.UTF_8 : GB18030;
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), charset), 64 * 1024);
    }

    /** Whether the bytes decode as UTF-8, checked through a small buffer. */
    static boolean isUtf8(byte[] content, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    /**
     * The first worksheet, streamed (SAX) from the workbook written to a temporary file, so neither the
     * unpacked sheet nor a cell model of it is held in memory (review S10). Every part of the workbook must
     * unpack to at most {@code maxPartBytes} and at most 100 times its packed size ({@link ZipSecureFile}),
     * so a crafted file (a zip bomb, a huge shared-strings table) is refused as it is read. Cells show what
     * Excel saved: a formula's last computed value, dates as yyyy-MM-dd.
     */
    private static List<ImportRow> xlsx(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("member-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader workbook = new XSSFReader(pkg);
                Iterator<InputStream> sheets = workbook.getSheetsData();
                if (!sheets.hasNext()) {
                    throw ProblemException.invalid("file", "has no worksheet");
                }
                SheetRows rows = new SheetRows();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(workbook.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(pkg, false), rows, new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                }
                if (rows.columns == null) {
                    throw ProblemException.invalid("file", "the first worksheet is empty");
                }
                return rows.rows;
            }
        } catch (ProblemException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temporary file is removed with the pod's /tmp
                }
            }
        }
    }

    private static ProblemException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return ProblemException.invalid("file", "a part of the workbook is too large, or too highly compressed, "
                        + "when unpacked; split the file or save it again from Excel");
            }
        }
        return ProblemException.invalid("file", "is not a readable XLSX workbook");
    }

    /** Collects the rows of a worksheet as the SAX parser reports its cells. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<ImportRow> rows = new ArrayList<>();
        Columns columns;
        private List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (blank(cells)) {
                return;
            }
            if (columns == null) {
                columns = Columns.of(cells);
            } else {
                add(rows, columns.row(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as yyyy-MM-dd whatever their display format; everything else as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
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
