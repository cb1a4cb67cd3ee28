package io.github.wasmsandbox.report;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The plain-text table of a report, one line per row: case, runtime, outcome, latency or fuel, status. What
 * the command line prints and what the TCK fails with.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TextTable {

    private TextTable() {}

    /** The whole table with a header and a per-runtime summary. */
    public static String of(ConformanceReport report) {
        StringBuilder b = new StringBuilder();
        b.append(line("fixture", "runtime", "outcome", "latency/fuel", "status"));
        for (ConformanceRow r : report.rows()) {
            b.append(row(r));
        }
        b.append('\n');
        for (String runtime : report.runtimes()) {
            b.append(summary(report, runtime)).append('\n');
        }
        return b.toString();
    }

    /** One row, as a table line. */
    public static String row(ConformanceRow r) {
        return line(r.caseName(), r.runtime(), r.outcome().kind().name(), r.metric(), r.status().label()
                + (r.status() == RowStatus.FAIL ? "  " + Reports.shorten(r.note().orElse(""), 160) : ""));
    }

    /** {@code runtime: N pass, N known deviation, N unsupported, N FAIL}. */
    public static String summary(ConformanceReport report, String runtime) {
        return String.format(Locale.ROOT, "%s: %d pass, %d known deviation, %d unsupported, %d FAIL", runtime,
                report.count(runtime, RowStatus.PASS), report.count(runtime, RowStatus.KNOWN_DEVIATION),
                report.count(runtime, RowStatus.UNSUPPORTED), report.count(runtime, RowStatus.FAIL));
    }

    private static String line(String fixture, String runtime, String outcome, String metric, String status) {
        return String.format(Locale.ROOT, "%-30s %-20s %-16s %-14s %s%n", fixture, runtime, outcome, metric, status);
    }
}
