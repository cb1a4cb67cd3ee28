package io.github.wasmsandbox.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stacks captured from real runtimes (src/test/resources/stacks/*.txt: one
 * {@code StackTraceElement.toString()} per line, as JDK 17 and 25 print them) back into {@link StackTraceElement}s.
 */
public final class CapturedStacks {

    private CapturedStacks() {}

    /** The stack in resource {@code stacks/<name>}, top frame first. */
    public static StackTraceElement[] load(String name) {
        try (InputStream in = CapturedStacks.class.getResourceAsStream("/stacks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured stack " + name);
            }
            List<StackTraceElement> frames = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    frames.add(parse(line.strip()));
                }
            }
            return frames.toArray(StackTraceElement[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One frame: {@code [loader/][module[@version]/]class.method(File:line)}, where the source part is also
     * {@code (Native Method)}, {@code (Unknown Source)} or a bare file name; a hidden class keeps its {@code /0x...}.
     */
    public static StackTraceElement parse(String line) {
        int paren = line.indexOf('(');
        String name = line.substring(0, paren);
        String source = line.substring(paren + 1, line.lastIndexOf(')'));
        for (int slash = name.indexOf('/'); slash >= 0 && !name.startsWith("0x", slash + 1); slash = name.indexOf('/')) {
            name = name.substring(slash + 1);
        }
        int dot = name.lastIndexOf('.');
        String file = null;
        int lineNumber = -1;
        if (source.equals("Native Method")) {
            lineNumber = -2;
        } else if (!source.equals("Unknown Source")) {
            int colon = source.lastIndexOf(':');
            file = colon < 0 ? source : source.substring(0, colon);
            lineNumber = colon < 0 ? -1 : Integer.parseInt(source.substring(colon + 1));
        }
        return new StackTraceElement(name.substring(0, dot), name.substring(dot + 1), file, lineNumber);
    }
}
