package cn.gonghui.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a page in headless Chromium, as a browser would show or print it: the DOM after the page has
 * loaded, or a screenshot of an A4-sized window. Each run gets a fresh profile and no network extras
 * (the machine may be offline). Chromium is {@code /usr/bin/chromium} (Debian's package {@code chromium},
 * installed by {@code .ci/install-chromium}) or the executable named by the environment variable
 * {@code CHROMIUM}; without it the test fails, naming that script.
 */
public final class Chromium {

    private static final long TIMEOUT_SECONDS = 90;

    private Chromium() {
    }

    /** The executable, or an AssertionError that says how to install it. */
    public static Path executable() {
        String configured = System.getenv("CHROMIUM");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(path)) {
            throw new AssertionError("headless Chromium is needed at " + path + " to render the page: run .ci/install-chromium "
                    + "(as root: apt-get install chromium), or set CHROMIUM to a Chromium executable");
        }
        return path;
    }

    /** The page's DOM once loaded, serialised as HTML ({@code --dump-dom}). */
    public static String dumpDom(URI page) {
        return run(page, List.of("--dump-dom"));
    }

    /** A PNG of the page in an A4-proportioned window (1240 x 1754 px, A4 at 150 dpi) written to {@code png}. */
    public static Path screenshot(URI page, Path png) {
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1240,1754", "--hide-scrollbars"));
        if (!Files.exists(png)) {
            throw new AssertionError("Chromium wrote no screenshot to " + png);
        }
        return png;
    }

    private static String run(URI page, List<String> what) {
        Path profile = null;
        Path output = null;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            output = Files.createTempFile("chromium-out", ".html");
            List<String> command = new ArrayList<>(List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(what);
            command.add(page.toString());
            Process process = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish rendering " + page + " in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + process.exitValue() + " rendering " + page);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run Chromium: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Chromium rendered " + page, e);
        } finally {
            delete(profile);
            delete(output);
        }
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
