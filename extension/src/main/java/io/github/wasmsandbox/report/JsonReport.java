package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code report.json}: an array with one object per row: {@code fixture}, {@code runtime}, {@code expected}
 * (array of outcome names), {@code outcome}, {@code pass}, {@code status}, {@code elapsedMs}, {@code latencyMs}
 * (null unless preempted), {@code fuelConsumed} (null unless fuel was metered), {@code trap}, {@code message}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonReport {

    private JsonReport() {}

    /** The JSON text of {@code report}. */
    public static String of(ConformanceReport report) {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < report.rows().size(); i++) {
            ConformanceRow r = report.rows().get(i);
            b.append("  {\"fixture\":").append(Reports.json(r.caseName()))
                    .append(",\"runtime\":").append(Reports.json(r.runtime()))
                    .append(",\"expected\":[").append(String.join(",",
                            r.expected().stream().sorted().map(k -> Reports.json(k.name())).toList())).append(']')
                    .append(",\"outcome\":").append(Reports.json(r.outcome().kind().name()))
                    .append(",\"pass\":").append(r.pass())
                    .append(",\"status\":").append(Reports.json(r.status().label()))
                    .append(measurements(r.outcome()))
                    .append('}').append(i + 1 < report.rows().size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }

    /**
     * One outcome as a JSON object: {@code runtime}, {@code outcome}, {@code elapsedMs}, {@code latencyMs},
     * {@code fuelConsumed}, {@code trap}, {@code message} (what {@code wasm-sandbox run} prints).
     */
    public static String outcome(Outcome o) {
        return "{\"runtime\":" + Reports.json(o.runtime()) + ",\"outcome\":" + Reports.json(o.kind().name())
                + measurements(o) + "}";
    }

    /**
     * {@link #outcome(Outcome)} with the returned values after {@code outcome}: {@code "values":[...]}, each typed
     * by {@code resultTypes} (the export's result types, {@code i32}, {@code i64}, {@code f32}, {@code f64}):
     * integers for i32 and i64, decimals for f32 and f64 ({@code "NaN"}, {@code "Infinity"} and
     * {@code "-Infinity"} as strings, which JSON numbers cannot be). Empty unless the run completed.
     */
    public static String outcome(Outcome o, List<String> resultTypes) {
        List<String> values = new ArrayList<>();
        if (o.kind() == OutcomeKind.COMPLETED) {
            long[] raw = o.values();
            for (int i = 0; i < raw.length; i++) {
                values.add(value(raw[i], i < resultTypes.size() ? resultTypes.get(i) : "i64"));
            }
        }
        return "{\"runtime\":" + Reports.json(o.runtime()) + ",\"outcome\":" + Reports.json(o.kind().name())
                + ",\"values\":[" + String.join(",", values) + "]" + measurements(o) + "}";
    }

    /** One raw Wasm value as JSON, typed. */
    static String value(long raw, String type) {
        return switch (type) {
            case "i32" -> Integer.toString((int) raw);
            case "f32" -> decimal(Float.intBitsToFloat((int) raw));
            case "f64" -> decimal(Double.longBitsToDouble(raw));
            default -> Long.toString(raw);
        };
    }

    private static String decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Reports.json(Double.toString(d));
        }
        return Double.toString(d);
    }

    private static String decimal(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return Reports.json(Float.toString(f));
        }
        return Float.toString(f);
    }

    private static String measurements(Outcome o) {
        return ",\"elapsedMs\":" + Reports.millis(o.elapsed())
                + ",\"latencyMs\":" + o.latency().map(Reports::millis).orElse("null")
                + ",\"fuelConsumed\":" + (o.fuelConsumed().isPresent()
                        ? String.format(Locale.ROOT, "%d", o.fuelConsumed().getAsLong()) : "null")
                + ",\"trap\":" + o.trap().map(Reports::json).orElse("null")
                + ",\"message\":" + Reports.json(o.message());
    }
}
