package cn.gonghui.defaults;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The tables a platform library keeps in each service's schema, migrated by Flyway with a history table
 * of the library's own ({@code flyway_history_<name>}), so a library's next migration never has to sort
 * between a service's versions. A library declares itself in {@value #DESCRIPTOR}:
 *
 * <pre>
 * name=integration-events
 * location=db/integration-events
 * # scripts that, before version 0.2 of the platform, were recorded in the service's own history
 * legacy-scripts=V0_1__outbox_event.sql,V0_2__inbox_event.sql
 * </pre>
 */
public record LibrarySchema(String name, String location, List<String> legacyScripts) {

    public static final String DESCRIPTOR = "META-INF/gonghui/schema.properties";

    public LibrarySchema {
        if (!name.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("library schema name must be lower-case words with dashes: " + name);
        }
        legacyScripts = List.copyOf(legacyScripts);
    }

    public String historyTable() {
        return "flyway_history_" + name.replace('-', '_');
    }

    /** Every library on the class path that declares a schema, in name order. */
    public static List<LibrarySchema> discover(ClassLoader classLoader) {
        List<LibrarySchema> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(DESCRIPTOR))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String legacy = p.getProperty("legacy-scripts", "").strip();
                found.add(new LibrarySchema(p.getProperty("name"), p.getProperty("location"),
                        legacy.isEmpty() ? List.of() : Arrays.stream(legacy.split(",")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DESCRIPTOR, e);
        }
        found.sort(Comparator.comparing(LibrarySchema::name));
        return found;
    }
}
