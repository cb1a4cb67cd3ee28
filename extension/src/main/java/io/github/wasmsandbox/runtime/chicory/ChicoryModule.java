package io.github.wasmsandbox.runtime.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** A decoded, validated (and, for the compiler, compiled) Chicory module with its shape. */
final class ChicoryModule implements PreparedModule {

    private final WasmModule module;
    private final Function<Instance, Machine> machineFactory;
    private final Map<String, Signature> exports;
    private final List<String> imports;
    private final List<Long> memoryMinimums;
    private final List<Long> tableMinimums;

    ChicoryModule(WasmModule module, Function<Instance, Machine> machineFactory) {
        this.module = module;
        this.machineFactory = machineFactory;
        List<FunctionType> functionTypes = new ArrayList<>();
        List<String> importedFunctions = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp.importType() == ExternalType.FUNCTION) {
                importedFunctions.add(imp.module() + "." + imp.name());
                functionTypes.add(module.typeSection().getType(((FunctionImport) imp).typeIndex()));
            }
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            functionTypes.add(module.functionSection().getFunctionType(i, module.typeSection()));
        }
        Map<String, Signature> exported = new LinkedHashMap<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export export = module.exportSection().getExport(i);
            if (export.exportType() == ExternalType.FUNCTION) {
                FunctionType type = functionTypes.get(export.index());
                exported.put(export.name(), new Signature(names(type.params()), names(type.returns())));
            }
        }
        this.exports = Map.copyOf(exported);
        this.imports = List.copyOf(importedFunctions);
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

    WasmModule module() {
        return module;
    }

    Function<Instance, Machine> machineFactory() {
        return machineFactory;
    }

    @Override
    public Map<String, Signature> exportedFunctions() {
        return exports;
    }

    @Override
    public List<String> importedFunctions() {
        return imports;
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

    private static List<String> names(List<ValType> types) {
        return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
