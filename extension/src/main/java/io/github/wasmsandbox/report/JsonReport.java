package io.github.wasmsandbox.report;

import java.util.Locale;

/**
 * {@code report.json}: an array with one object per row: {@code fixture}, {@code runtime}, {@code expected}
 * (array of outcome names), {@code outcome}, {@code pass}, {@code status}, {@code elapsedMs}, {@code latencyMs}
 * (null unless preempted), {@code fuelConsumed} (null unless fuel was metered), {@code trap}, {@code message}.
 *
 * @since 0.1.0
 */
public final class JsonReport {

    private JsonReport() {}

    /** The JSON text of {@code report}. */
    public static String of(ConformanceReport report) {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < report.rows().size(); i++) {
            ConformanceRow r = report.rows().get(i);
            var o = r.outcome();
            b.append("  {\"fixture\":").append(Reports.json(r.caseName()))
                    .append(",\"runtime\":").append(Reports.json(r.runtime()))
                    .append(",\"expected\":[").append(String.join(",",
                            r.expected().stream().sorted().map(k -> Reports.json(k.name())).toList())).append(']')
                    .append(",\"outcome\":").append(Reports.json(o.kind().name()))
                    .append(",\"pass\":").append(r.pass())
                    .append(",\"status\":").append(Reports.json(r.status().label()))
                    .append(",\"elapsedMs\":").append(Reports.millis(o.elapsed()))
                    .append(",\"latencyMs\":").append(o.latency().map(Reports::millis).orElse("null"))
                    .append(",\"fuelConsumed\":").append(o.fuelConsumed().isPresent()
                            ? String.format(Locale.ROOT, "%d", o.fuelConsumed().getAsLong()) : "null")
                    .append(",\"trap\":").append(o.trap().map(Reports::json).orElse("null"))
                    .append(",\"message\":").append(Reports.json(o.message()))
                    .append('}').append(i + 1 < report.rows().size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }
}
