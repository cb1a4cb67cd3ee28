package io.github.wasmsandbox.runtime;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a module as Chicory's parser decodes it (exports with their signatures, imports in order,
 * declared memories and tables, start function): the part of {@link PreparedModule} every adapter shares.
 * Adapters extend it with their compiled form.
 *
 * @since 0.1.0
 */
public abstract class ParsedModule implements PreparedModule {

    private final WasmModule module;
    private final Map<String, Signature> exports;
    private final List<String> importedFunctions;
    private final List<Signature> importedFunctionTypes;
    private final List<Long> memoryMinimums;
    private final List<Long> tableMinimums;

    /**
     * Describes {@code module}.
     *
     * @throws InvalidModuleException when the module names a type or function that does not exist (Chicory's
     *     parser does not check every index)
     */
    protected ParsedModule(WasmModule module) throws InvalidModuleException {
        this.module = module;
        List<FunctionType> functionTypes = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        List<Signature> importedTypes = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp.importType() == ExternalType.FUNCTION) {
                int typeIndex = ((FunctionImport) imp).typeIndex();
                if (typeIndex < 0 || typeIndex >= module.typeSection().typeCount()) {
                    throw new InvalidModuleException("import " + imp.module() + "." + imp.name() + " names type "
                            + typeIndex + ", which does not exist");
                }
                FunctionType type = module.typeSection().getType(typeIndex);
                imported.add(imp.module() + "." + imp.name());
                importedTypes.add(signature(type));
                functionTypes.add(type);
            }
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            int typeIndex = module.functionSection().getFunctionType(i);
            if (typeIndex < 0 || typeIndex >= module.typeSection().typeCount()) {
                throw new InvalidModuleException("function " + (imported.size() + i) + " names type " + typeIndex
                        + ", which does not exist");
            }
            functionTypes.add(module.typeSection().getType(typeIndex));
        }
        Map<String, Signature> exported = new LinkedHashMap<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export export = module.exportSection().getExport(i);
            if (export.exportType() == ExternalType.FUNCTION) {
                if (export.index() < 0 || export.index() >= functionTypes.size()) {
                    throw new InvalidModuleException("export \"" + export.name() + "\" names function " + export.index()
                            + ", which does not exist (the module has " + functionTypes.size() + " functions)");
                }
                exported.put(export.name(), signature(functionTypes.get(export.index())));
            }
        }
        this.exports = Map.copyOf(exported);
        this.importedFunctions = List.copyOf(imported);
        this.importedFunctionTypes = List.copyOf(importedTypes);
        List<Long> memories = new ArrayList<>();
        module.memorySection().ifPresent(s -> {
            for (int i = 0; i < s.memoryCount(); i++) {
                memories.add((long) s.getMemory(i).limits().initialPages());
            }
        });
        this.memoryMinimums = List.copyOf(memories);
        List<Long> tables = new ArrayList<>();
        for (int i = 0; i < module.tableSection().tableCount(); i++) {
            tables.add(module.tableSection().getTable(i).limits().min());
        }
        this.tableMinimums = List.copyOf(tables);
    }

    /**
     * Decodes a module with Chicory's parser.
     *
     * @throws InvalidModuleException with the parser's reason (cut to 500 characters) when it is malformed;
     *     Chicory signals some malformed modules with a failed {@code assert}, which is reported the same way
     */
    public static WasmModule decode(byte[] wasm) throws InvalidModuleException {
        try {
            return Parser.parse(wasm);
        } catch (RuntimeException | AssertionError e) {
            String message = e instanceof AssertionError || e.getMessage() == null
                    ? "the module is malformed (Chicory's parser failed on it: " + e.getClass().getSimpleName() + ")"
                    : e.getMessage();
            throw new InvalidModuleException(message.length() > 500 ? message.substring(0, 500) + "..." : message, e);
        }
    }

    /** The decoded module. */
    public WasmModule module() {
        return module;
    }

    /** Whether the module imports anything but functions (memories, tables, globals). */
    public boolean importsNonFunctions() {
        return module.importSection().importCount() != importedFunctions.size();
    }

    /** The signatures of the imported functions, in the order of {@link #importedFunctions()}. */
    public List<Signature> importedFunctionTypes() {
        return importedFunctionTypes;
    }

    @Override
    public Map<String, Signature> exportedFunctions() {
        return exports;
    }

    @Override
    public List<String> importedFunctions() {
        return importedFunctions;
    }

    @Override
    public List<Long> memoryMinimums() {
        return memoryMinimums;
    }

    @Override
    public List<Long> tableMinimums() {
        return tableMinimums;
    }

    @Override
    public boolean hasStartFunction() {
        return module.startSection().isPresent();
    }

    private static Signature signature(FunctionType type) {
        return new Signature(names(type.params()), names(type.returns()));
    }

    private static List<String> names(List<ValType> types) {
        return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
