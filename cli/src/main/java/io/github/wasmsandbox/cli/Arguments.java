package io.github.wasmsandbox.cli;

import java.util.List;

/**
 * The {@code --arg} values of {@code run}, typed by the export's parameters: i32 and i64 take integers (signed, or
 * unsigned up to the type's width), f32 and f64 take decimals ({@code 1.5}, {@code -2e3}, {@code NaN},
 * {@code Infinity}). Each becomes the raw Wasm value the sandbox passes: integers as they are, floats as their
 * IEEE bits.
 */
final class Arguments {

    private Arguments() {}

    /** The raw values of {@code values} for an export taking {@code params}. */
    static long[] parse(String export, List<String> params, List<String> values) {
        if (params.size() != values.size()) {
            throw new Main.UsageException("run: export '" + export + "' takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + " " + params + ", got " + values.size() + " --arg");
        }
        long[] raw = new long[params.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = parse(export, i, params.get(i), values.get(i));
        }
        return raw;
    }

    private static long parse(String export, int index, String type, String value) {
        String where = "run: --arg " + (index + 1) + " of '" + export + "' is " + type + ", ";
        try {
            return switch (type) {
                case "i32" -> {
                    long n = Long.parseLong(value);
                    if (n < Integer.MIN_VALUE || n > 0xFFFF_FFFFL) {
                        throw new Main.UsageException(where + "but " + value + " does not fit in 32 bits");
                    }
                    yield (int) n;
                }
                case "i64" -> value.startsWith("-") ? Long.parseLong(value) : Long.parseUnsignedLong(value);
                case "f32" -> Float.floatToRawIntBits(Float.parseFloat(decimal(where, value)));
                case "f64" -> Double.doubleToRawLongBits(Double.parseDouble(decimal(where, value)));
                default -> throw new Main.UsageException(where + "a type --arg cannot give; only i32, i64, f32 and f64");
            };
        } catch (NumberFormatException e) {
            throw new Main.UsageException(where + "it expects " + (type.startsWith("i") ? "an integer" : "a decimal number")
                    + ", got '" + value + "'");
        }
    }

    /** Refuses Java's float suffixes and hexadecimal floats, which are not decimals. */
    private static String decimal(String where, String value) {
        if (!value.matches("[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)")) {
            throw new NumberFormatException(value);
        }
        return value;
    }
}
