package io.github.wasmsandbox.wat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Thrown when wat2wasm rejects WebAssembly text. {@link #getMessage()} is wat2wasm's first diagnostic,
 * prefixed with the file, line and column ({@code loop.wat:3:5: error: unexpected token ...});
 * {@link #diagnostics()} holds everything wat2wasm printed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WatSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final Pattern LOCATION = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.MULTILINE);
    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private final String fileName;
    private final int line;
    private final int column;
    private final String diagnostics;

    private WatSyntaxException(String message, String fileName, int line, int column, String diagnostics) {
        super(message);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.diagnostics = diagnostics;
    }

    static WatSyntaxException fromDiagnostics(String fileName, int exitCode, String rawDiagnostics) {
        String diagnostics = ANSI_COLOUR.matcher(rawDiagnostics).replaceAll("");
        Matcher m = LOCATION.matcher(diagnostics);
        if (m.find()) {
            int line = Integer.parseInt(m.group(2));
            int column = Integer.parseInt(m.group(3));
            String message = fileName + ":" + line + ":" + column + ": " + m.group(4).trim();
            return new WatSyntaxException(message, fileName, line, column, diagnostics);
        }
        String detail = diagnostics.isBlank() ? "wat2wasm exited with code " + exitCode : diagnostics.strip();
        return new WatSyntaxException(fileName + ": " + detail, fileName, 0, 0, diagnostics);
    }

    /** The file name given to the compiler. */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line of the first error, or 0 when wat2wasm named none. */
    public int line() {
        return line;
    }

    /** The 1-based column of the first error, or 0 when wat2wasm named none. */
    public int column() {
        return column;
    }

    /** Everything wat2wasm printed on its standard error. */
    public String diagnostics() {
        return diagnostics;
    }
}
