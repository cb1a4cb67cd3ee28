package io.github.wasmsandbox.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces the text between {@code <!-- conformance-report:start -->} and {@code <!-- conformance-report:end -->}
 * in a Markdown file, so a document such as docs/conformance.md can carry the latest generated report.
 */
final class ReportSection {

    static final String START = "<!-- conformance-report:start -->";
    static final String END = "<!-- conformance-report:end -->";

    private ReportSection() {}

    static void replace(Path doc, String body) throws IOException {
        if (!Files.isRegularFile(doc)) {
            throw new Main.UsageException(doc + ": no such file");
        }
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new Main.UsageException(doc + ": has no report section; add the lines " + START + " and " + END);
        }
        Files.writeString(doc, text.substring(0, start + START.length()) + "\n" + body + text.substring(end),
                StandardCharsets.UTF_8);
    }
}
