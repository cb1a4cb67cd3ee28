package io.github.wasmsandbox.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code report.html}: one self-contained page (no script, no network) with the summary, a preemption-latency
 * chart per runtime as inline SVG (one bar per preempted row, all runtimes on the same scale), and the
 * fixture-by-runtime matrix.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HtmlReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 380;
    private static final int ROW_HEIGHT = 18;

    private HtmlReport() {}

    /** The HTML page of {@code report}. */
    public static String of(ConformanceReport report) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>wasm-sandbox conformance</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}.FAIL{background:#fbb}")
                .append(".known-deviation{background:#ffd}.unsupported{background:#ddd}.pass{background:#dfd}")
                .append(".reason{display:block;max-width:32em;color:#333}</style>\n")
                .append("</head><body>\n<h1>Conformance report</h1>\n<p>")
                .append(Reports.html(WHEN.format(report.startedAt()) + ", " + report.machine() + ", " + report.jvm()
                        + "; whole run " + report.wallTime().toMillis() + " ms"))
                .append("</p>\n<table><tr><th>runtime</th>");
        for (RowStatus s : RowStatus.values()) {
            b.append("<th>").append(s.label()).append("</th>");
        }
        b.append("</tr>\n");
        for (String runtime : report.runtimes()) {
            b.append("<tr><td>").append(Reports.html(runtime)).append("</td>");
            for (RowStatus s : RowStatus.values()) {
                b.append("<td>").append(report.count(runtime, s)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<h2>Preemption latency (deadline to guest stopped)</h2>\n");
        double scale = niceMaximum(report.rows().stream().flatMap(r -> r.outcome().latency().stream())
                .mapToDouble(d -> d.toNanos() / 1e6).max().orElse(1));
        for (String runtime : report.runtimes()) {
            b.append("<h3>").append(Reports.html(runtime)).append("</h3>\n").append(chart(report.rowsOf(runtime), scale));
        }
        b.append("<h2>Rows</h2>\n<table><tr><th>fixture</th>");
        report.runtimes().forEach(r -> b.append("<th>").append(Reports.html(r)).append("</th>"));
        b.append("</tr>\n");
        for (Map.Entry<String, List<ConformanceRow>> e : MarkdownReport.byCase(report).entrySet()) {
            b.append("<tr><td><code>").append(Reports.html(e.getKey())).append("</code></td>");
            for (ConformanceRow r : e.getValue()) {
                String reason = reason(r);
                b.append("<td class=\"").append(r.status().label()).append("\" title=\"")
                        .append(Reports.html(Reports.shorten(reason, 500))).append("\">")
                        .append(r.outcome().kind()).append(r.metric().equals("-") ? "" : " " + Reports.html(r.metric()))
                        .append("<br><small>expected ").append(Reports.outcomes(r.expected())).append(", ")
                        .append(r.status().label()).append("</small>");
                if (r.status() != RowStatus.PASS || r.note().isPresent()) {
                    b.append("<small class=\"reason\">").append(Reports.html(Reports.shorten(reason, 300)))
                            .append("</small>");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    /**
     * Why a row is what it is, never empty: its note, completed by the outcome's summary when the note is blank or
     * ends where the runtime gave no message (a FAIL note is "expected X: " plus the outcome's message).
     */
    static String reason(ConformanceRow r) {
        String note = r.note().map(String::strip).orElse("");
        if (note.isEmpty()) {
            return r.status() == RowStatus.PASS ? "expected " + Reports.outcomes(r.expected()) + ": "
                    + r.outcome().summary() : r.status().label() + ": " + r.outcome().summary();
        }
        return note.endsWith(":") ? note + " " + r.outcome().summary() : note;
    }

    /** An SVG bar chart of the latency of the preempted rows; {@code scale} ms is the full bar width. */
    static String chart(List<ConformanceRow> rows, double scale) {
        List<ConformanceRow> preempted = rows.stream().filter(r -> r.outcome().latency().isPresent()).toList();
        if (preempted.isEmpty()) {
            return "<p>No row ended PREEMPTED.</p>\n";
        }
        int height = (preempted.size() + 2) * ROW_HEIGHT;
        int width = LABEL_WIDTH + BAR_WIDTH + 80;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
                        + "aria-label=\"preemption latency in milliseconds\" font-size=\"12\" font-family=\"sans-serif\">%n",
                width, height));
        for (int i = 0; i < preempted.size(); i++) {
            ConformanceRow r = preempted.get(i);
            Duration latency = r.outcome().latency().get();
            double ms = latency.toNanos() / 1e6;
            int y = i * ROW_HEIGHT;
            int bar = (int) Math.max(1, Math.round(BAR_WIDTH * Math.min(ms, scale) / scale));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL_WIDTH - 6,
                    y + 13, Reports.html(r.caseName())))
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                            LABEL_WIDTH, y + 3, bar, ROW_HEIGHT - 6, r.pass() ? "#4a7" : "#c44"))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s ms</text>%n", LABEL_WIDTH + bar + 4,
                            y + 13, Reports.millis(latency)));
        }
        int axis = preempted.size() * ROW_HEIGHT + 4;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LABEL_WIDTH, axis, LABEL_WIDTH + BAR_WIDTH, axis));
        for (int t = 0; t <= 4; t++) {
            int x = LABEL_WIDTH + BAR_WIDTH * t / 4;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, axis + 14,
                    Reports.millis(Duration.ofNanos((long) (scale * 1e6 * t / 4)))));
        }
        return s.append("</svg>\n").toString();
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code max} (and at least 0.1). */
    static double niceMaximum(double max) {
        double m = Math.max(max, 0.1);
        double power = Math.pow(10, Math.floor(Math.log10(m)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= m) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
