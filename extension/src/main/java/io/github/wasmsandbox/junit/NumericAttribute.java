package io.github.wasmsandbox.junit;

import java.util.function.ToLongFunction;

/**
 * The numeric attributes of {@link WasmSandbox}, each with its configuration parameter, its valid range and its
 * built-in default ({@link WasmSandbox#NONE} when there is none), so that the annotation and the parameter are
 * checked by one rule.
 */
enum NumericAttribute {
    FUEL("fuel", WasmSandbox::fuel, WasmSandbox.FUEL_PROPERTY, 1, Long.MAX_VALUE, "greater than 0", true,
            WasmSandbox.NONE),
    DEADLINE("deadlineMillis", WasmSandbox::deadlineMillis, WasmSandbox.DEADLINE_PROPERTY, 1, Long.MAX_VALUE,
            "greater than 0", true, ConfigurationResolver.DEFAULT_DEADLINE_MILLIS),
    EPOCH_TICK("epochTickMillis", WasmSandbox::epochTickMillis, WasmSandbox.EPOCH_TICK_PROPERTY, 1, Long.MAX_VALUE,
            "greater than 0", false, ConfigurationResolver.DEFAULT_EPOCH_TICK_MILLIS),
    MAX_MEMORY_PAGES("maxMemoryPages", WasmSandbox::maxMemoryPages, WasmSandbox.MAX_MEMORY_PAGES_PROPERTY, 0, 65536,
            "between 0 and 65536", true, ConfigurationResolver.DEFAULT_MAX_MEMORY_PAGES),
    MAX_TABLE_ELEMENTS("maxTableElements", WasmSandbox::maxTableElements, WasmSandbox.MAX_TABLE_ELEMENTS_PROPERTY, 0,
            Integer.MAX_VALUE, "between 0 and " + Integer.MAX_VALUE, true,
            ConfigurationResolver.DEFAULT_MAX_TABLE_ELEMENTS),
    MAX_CALL_DEPTH("maxCallDepth", WasmSandbox::maxCallDepth, WasmSandbox.MAX_CALL_DEPTH_PROPERTY, 1, 10_000_000,
            "between 1 and 10000000", true, WasmSandbox.NONE),
    MAX_STACK_BYTES("maxStackBytes", WasmSandbox::maxStackBytes, WasmSandbox.MAX_STACK_BYTES_PROPERTY, 65536,
            Long.MAX_VALUE, "at least 65536", true, WasmSandbox.NONE),
    HARD_CEILING("hardCeilingMillis", WasmSandbox::hardCeilingMillis, WasmSandbox.HARD_CEILING_PROPERTY, 1,
            Long.MAX_VALUE, "greater than 0", true, WasmSandbox.NONE);

    final String attribute;
    final ToLongFunction<WasmSandbox> accessor;
    final String property;
    private final long min;
    private final long max;
    private final String rule;
    final boolean noneAllowed;
    final long builtInDefault;

    NumericAttribute(String attribute, ToLongFunction<WasmSandbox> accessor, String property, long min, long max,
            String rule, boolean noneAllowed, long builtInDefault) {
        this.attribute = attribute;
        this.accessor = accessor;
        this.property = property;
        this.min = min;
        this.max = max;
        this.rule = rule;
        this.noneAllowed = noneAllowed;
        this.builtInDefault = builtInDefault;
    }

    /** What is wrong with an attribute value that is set, or null when it is valid. */
    String checkAttribute(long value) {
        if (value == WasmSandbox.NONE) {
            return noneAllowed ? null : attribute + " must be " + rule + " (it cannot be WasmSandbox.NONE), but was NONE";
        }
        if (value < min || value > max) {
            return attribute + " must be " + rule + ", but was " + value;
        }
        return null;
    }

    /** What is wrong with a configuration parameter's value, or null when it is valid. */
    String checkParameter(String text) {
        String allowed = rule + (noneAllowed ? " or 'none'" : "");
        if (text.equalsIgnoreCase("none")) {
            return noneAllowed ? null : "must be " + rule + " (it cannot be 'none'), but was '" + text + "'";
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return "must be a number " + allowed + ", but was '" + text + "'";
        }
        return value < min || value > max ? "must be " + allowed + ", but was " + value : null;
    }

    /** A valid parameter's value: a number, or {@link WasmSandbox#NONE}. */
    static long parse(String text) {
        return text.equalsIgnoreCase("none") ? WasmSandbox.NONE : Long.parseLong(text);
    }
}
