package cn.gonghui.report.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures the district report gives, read from {@value #RESOURCE}: tab-separated columns
 * {@code id programme label service expr unit headline}, {@code #} comment lines, a header line whose
 * first column is {@code id}. A bad row stops the service at start-up, naming the line.
 */
public final class FigureCatalogue {

    public static final String RESOURCE = "report/figures.tsv";

    private final List<Figure> figures;

    private FigureCatalogue(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    public static FigureCatalogue load() {
        try (InputStream in = FigureCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public static FigureCatalogue read(Reader reader) throws IOException {
        List<Figure> figures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c[0].strip().equals("id")) {
                continue;
            }
            try {
                if (c.length < 6 || c.length > 7) {
                    throw new IllegalArgumentException("expected 7 tab-separated columns, found " + c.length);
                }
                String id = c[0].strip();
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("duplicate id " + id);
                }
                String headline = c.length == 7 ? c[6].strip() : "";
                if (!headline.isEmpty() && !headline.equals("yes")) {
                    throw new IllegalArgumentException("headline is 'yes' or empty, not '" + headline + "'");
                }
                figures.add(new Figure(id, Service.of(c[1].strip()), c[2].strip(), Service.of(c[3].strip()),
                        Expression.parse(c[4]), Unit.of(c[5].strip()), headline.equals("yes")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new FigureCatalogue(figures);
    }

    public List<Figure> figures() {
        return figures;
    }

    public List<Figure> of(Service programme) {
        return figures.stream().filter(f -> f.programme() == programme).toList();
    }

    public List<Figure> headlines() {
        return figures.stream().filter(Figure::headline).toList();
    }
}
