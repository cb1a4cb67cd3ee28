package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.OutcomeKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Formatting shared by the report writers. */
final class Reports {

    private Reports() {}

    /** Milliseconds with up to three decimals, e.g. {@code 0.083}, {@code 12.5}, {@code 200}. */
    static String millis(Duration d) {
        String s = String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e6);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Outcome names joined with {@code |}, in enum order. */
    static String outcomes(Set<OutcomeKind> kinds) {
        return String.join("|", kinds.stream().sorted().map(Enum::name).toList());
    }

    /** A JSON string literal. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Text escaped for HTML and SVG. */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** A message shortened to {@code max} characters. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
