package io.github.wasmsandbox.spi;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A module a {@link RuntimeEngine} has decoded, validated and compiled, with the shape the core needs to check
 * an invocation before it starts a guest (exports, imports, declared memory and tables).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface PreparedModule {

    /** The module's shape, as {@link ModuleShape#decode(byte[])} reads it. */
    ModuleShape shape();

    /** Exported functions: name to signature. */
    default Map<String, Signature> exportedFunctions() {
        return shape().exportedFunctions();
    }

    /** Imported functions, in order, as {@code module.name}. */
    default List<String> importedFunctions() {
        return shape().importedFunctions();
    }

    /** The declared minimum of each defined (not imported) memory, in pages. */
    default List<Long> memoryMinimums() {
        return shape().memoryMinimums();
    }

    /** The declared minimum of each defined (not imported) table, in elements. */
    default List<Long> tableMinimums() {
        return shape().tableMinimums();
    }

    /** Whether the module has a start function. */
    default boolean hasStartFunction() {
        return shape().hasStartFunction();
    }

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
