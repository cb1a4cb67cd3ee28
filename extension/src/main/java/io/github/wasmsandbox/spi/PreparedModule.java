package io.github.wasmsandbox.spi;

import java.util.List;
import java.util.Map;

/**
 * A module a {@link RuntimeEngine} has decoded, validated and compiled, with the shape the core needs to check
 * an invocation before it starts a guest (exports, imports, declared memory and tables).
 *
 * @since 0.1.0
 */
public interface PreparedModule {

    /** Exported functions: name to signature. */
    Map<String, Signature> exportedFunctions();

    /** Imported functions, in order, as {@code module.name}. */
    List<String> importedFunctions();

    /** The declared minimum of each defined (not imported) memory, in pages. */
    List<Long> memoryMinimums();

    /** The declared minimum of each defined (not imported) table, in elements. */
    List<Long> tableMinimums();

    /** Whether the module has a start function. */
    boolean hasStartFunction();

    /**
     * A function signature as counts of parameters and results and their type names (i32, i64, f32, f64,
     * v128, funcref, externref).
     *
     * @param params the parameter type names
     * @param results the result type names
     */
    record Signature(List<String> params, List<String> results) {
        /** Copies the lists. */
        public Signature {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        @Override
        public String toString() {
            return params + " -> " + results;
        }
    }
}
