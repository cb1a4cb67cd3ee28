package io.github.wasmsandbox.wat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apiguardian.api.API;

/**
 * Assembles a readable byte listing ({@code .wasm.txt}) into a binary module: the source of the fixtures whose
 * instructions wat2wasm cannot encode ({@code try_table}, {@code throw_ref}, GC). The listing spells out every
 * byte, but computes the sizes, so it can be read and reviewed against the binary format spec:
 *
 * <ul>
 *   <li>{@code ;;} starts a comment that runs to the end of the line;</li>
 *   <li>two hex digits ({@code 7f}, {@code 0b}) are one byte;</li>
 *   <li>{@code u:N} is the unsigned LEB128 of {@code N}, {@code s:N} the signed one (N in decimal, or hex after
 *       {@code 0x});</li>
 *   <li>{@code "text"} is a name: the LEB128 byte length of its UTF-8 text, then the text;</li>
 *   <li>{@code { ... }} is a sized group: the unsigned LEB128 byte length of what it encloses, then the bytes
 *       (section payloads, function bodies).</li>
 * </ul>
 *
 * <pre>{@code
 * 00 61 73 6d  01 00 00 00        ;; magic, version 1
 * 01 { u:1  60 00 00 }            ;; type section: one type, [] -> []
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WasmListing {

    /** The suffix of listing files; {@code x.wasm.txt} is the source of {@code x.wasm}. */
    public static final String SUFFIX = ".wasm.txt";

    private WasmListing() {}

    /** Assembles a listing file; errors name the file and line. */
    public static byte[] assemble(Path listing) {
        try {
            return assemble(Files.readString(listing, StandardCharsets.UTF_8), listing.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read listing " + listing, e);
        }
    }

    /**
     * Assembles listing text.
     *
     * @param listing the text, in the format described above
     * @param fileName the name used in error messages
     * @throws IllegalArgumentException naming the file and line of the first token that is not understood, or
     *     of an unbalanced brace
     */
    public static byte[] assemble(String listing, String fileName) {
        Deque<ByteArrayOutputStream> groups = new ArrayDeque<>();
        Deque<Integer> openedAt = new ArrayDeque<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        groups.push(out);
        int line = 1;
        int i = 0;
        int n = listing.length();
        while (i < n) {
            char c = listing.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (listing.startsWith(";;", i)) {
                while (i < n && listing.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{') {
                groups.push(new ByteArrayOutputStream());
                openedAt.push(line);
                i++;
            } else if (c == '}') {
                if (openedAt.isEmpty()) {
                    throw error(fileName, line, "'}' without a matching '{'");
                }
                openedAt.pop();
                byte[] group = groups.pop().toByteArray();
                unsigned(groups.peek(), group.length);
                groups.peek().writeBytes(group);
                i++;
            } else if (c == '"') {
                int end = listing.indexOf('"', i + 1);
                if (end < 0 || listing.substring(i, end).indexOf('\n') >= 0) {
                    throw error(fileName, line, "unterminated name");
                }
                byte[] text = listing.substring(i + 1, end).getBytes(StandardCharsets.UTF_8);
                unsigned(groups.peek(), text.length);
                groups.peek().writeBytes(text);
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(listing.charAt(end)) && "{}\";".indexOf(listing.charAt(end)) < 0) {
                    end++;
                }
                token(listing.substring(i, end), groups.peek(), fileName, line);
                i = end;
            }
        }
        if (!openedAt.isEmpty()) {
            throw error(fileName, openedAt.peek(), "'{' is never closed");
        }
        return out.toByteArray();
    }

    private static void token(String token, ByteArrayOutputStream out, String fileName, int line) {
        try {
            if (token.startsWith("u:")) {
                long value = number(token.substring(2));
                if (value < 0) {
                    throw error(fileName, line, "u: needs a value of at least 0, but was " + token);
                }
                unsigned(out, value);
            } else if (token.startsWith("s:")) {
                signed(out, number(token.substring(2)));
            } else if (token.matches("[0-9a-fA-F]{2}")) {
                out.write(Integer.parseInt(token, 16));
            } else {
                throw error(fileName, line, "unexpected token '" + token
                        + "'; expected a byte (two hex digits), u:N, s:N, \"name\", '{' or '}'");
            }
        } catch (NumberFormatException e) {
            throw error(fileName, line, "not a number: '" + token + "'");
        }
    }

    private static long number(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        long value = digits.startsWith("0x") ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        return negative ? -value : value;
    }

    private static void unsigned(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
    }

    private static void signed(ByteArrayOutputStream out, long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    private static IllegalArgumentException error(String fileName, int line, String message) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + message);
    }
}
