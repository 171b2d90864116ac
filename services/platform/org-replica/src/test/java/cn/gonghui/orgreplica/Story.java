package cn.gonghui.orgreplica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/events/membership/examples/story.jsonl: the documented examples as one story, in publishing order. */
final class Story {

    static final Path FILE = Path.of("../../../docs/events/membership/examples/story.jsonl");

    private Story() {
    }

    static List<String> envelopes() {
        try {
            return Files.readAllLines(FILE).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
