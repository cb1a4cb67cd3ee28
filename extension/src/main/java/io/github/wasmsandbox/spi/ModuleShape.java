package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.spi.PreparedModule.Signature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the core needs to know of a module before it starts a guest: exported functions with their signatures,
 * imports, declared memories and tables, start function. Decoded by wasm-sandbox itself ({@link #decode(byte[])}),
 * the same way for every runtime, so no adapter depends on another runtime's parser. It reads only the sections it
 * needs (type, import, function, table, memory, export, start) and checks every index it follows; validating the
 * rest of the module is the runtime's job.
 *
 * @param exportedFunctions exported functions, name to signature, in export order
 * @param importedFunctions imported functions, in order, as {@code module.name}
 * @param importedFunctionTypes the signatures of {@code importedFunctions}, in the same order
 * @param importsNonFunctions whether the module imports a memory, table, global or tag
 * @param memoryMinimums the declared minimum of each defined (not imported) memory, in pages
 * @param tableMinimums the declared minimum of each defined (not imported) table, in elements
 * @param hasStartFunction whether the module has a start function
 * @param exportNames the names of all exports (functions, tables, memories, globals, tags), in order
 * @param importNames every import as {@code module.name}, whatever its kind, in order
 * @param largestFrame the most parameters plus declared locals of any defined function: what one call of it
 *     costs on a runtime that keeps Wasm frames on the JVM heap, in 8-byte slots
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ModuleShape(Map<String, Signature> exportedFunctions, List<String> importedFunctions,
        List<Signature> importedFunctionTypes, boolean importsNonFunctions, List<Long> memoryMinimums,
        List<Long> tableMinimums, boolean hasStartFunction, List<String> exportNames, List<String> importNames,
        long largestFrame) {

    /** Copies the collections. */
    public ModuleShape {
        exportedFunctions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exportedFunctions));
        importedFunctions = List.copyOf(importedFunctions);
        importedFunctionTypes = List.copyOf(importedFunctionTypes);
        memoryMinimums = List.copyOf(memoryMinimums);
        tableMinimums = List.copyOf(tableMinimums);
        exportNames = List.copyOf(exportNames);
        importNames = List.copyOf(importNames);
    }

    /**
     * Decodes the shape of a binary module.
     *
     * @throws InvalidModuleException naming the byte offset, when the module is malformed in a part this decoder
     *     reads or names a type or function that does not exist
     */
    public static ModuleShape decode(byte[] wasm) throws InvalidModuleException {
        try {
            return new Decoder(wasm).module();
        } catch (Malformed e) {
            throw new InvalidModuleException("the module is malformed: " + e.getMessage());
        }
    }

    /** A malformed module, found while decoding. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** One pass over the sections the shape needs. */
    private static final class Decoder {
        private final byte[] data;
        private int pos;
        private final List<Signature> types = new ArrayList<>();
        private final List<Integer> functionTypeIndices = new ArrayList<>();
        private final List<String> importedFunctions = new ArrayList<>();
        private final List<Signature> importedTypes = new ArrayList<>();
        private final Map<String, Signature> exports = new LinkedHashMap<>();
        private final List<Long> memories = new ArrayList<>();
        private final List<Long> tables = new ArrayList<>();
        private boolean importsNonFunctions;
        private boolean start;
        private final List<String> exportNames = new ArrayList<>();
        private final List<String> importNames = new ArrayList<>();
        private long largestFrame;

        Decoder(byte[] data) {
            this.data = data;
        }

        ModuleShape module() {
            if (data.length < 8 || data[0] != 0 || data[1] != 'a' || data[2] != 's' || data[3] != 'm') {
                throw new Malformed("no \\0asm magic number at byte offset 0");
            }
            if (data[4] != 1 || data[5] != 0 || data[6] != 0 || data[7] != 0) {
                throw new Malformed("unsupported binary version at byte offset 4 (a component, or not version 1?)");
            }
            pos = 8;
            while (pos < data.length) {
                int id = u8();
                int size = u32("section size");
                int end = pos + size;
                if (end > data.length || end < pos) {
                    throw new Malformed("section " + id + " at byte offset " + (pos - 1) + " runs past the end");
                }
                switch (id) {
                    case 1 -> typeSection();
                    case 2 -> importSection();
                    case 3 -> functionSection();
                    case 4 -> tableSection();
                    case 5 -> memorySection();
                    case 7 -> exportSection();
                    case 8 -> start = true;
                    case 10 -> codeSection();
                    default -> { }
                }
                pos = end;
            }
            return new ModuleShape(exports, importedFunctions, importedTypes, importsNonFunctions, memories, tables,
                    start, exportNames, importNames, largestFrame);
        }

        private void typeSection() {
            int count = u32("type count");
            for (int i = 0; i < count; i++) {
                int form = peek();
                if (form == 0x4E) {
                    pos++;
                    int members = u32("rec group size");
                    for (int m = 0; m < members; m++) {
                        subType();
                    }
                } else {
                    subType();
                }
            }
        }

        private void subType() {
            int form = peek();
            if (form == 0x50 || form == 0x4F) {
                pos++;
                int supers = u32("supertype count");
                for (int s = 0; s < supers; s++) {
                    u32("supertype index");
                }
            }
            compositeType();
        }

        private void compositeType() {
            int at = pos;
            int form = u8();
            switch (form) {
                case 0x60 -> {
                    List<String> params = valueTypes();
                    List<String> results = valueTypes();
                    types.add(new Signature(params, results));
                }
                case 0x5F -> {
                    int fields = u32("struct field count");
                    for (int f = 0; f < fields; f++) {
                        storageType();
                        u8();
                    }
                    types.add(null);
                }
                case 0x5E -> {
                    storageType();
                    u8();
                    types.add(null);
                }
                default -> throw new Malformed("unknown type form 0x" + Integer.toHexString(form) + " at byte offset " + at);
            }
        }

        private void storageType() {
            int b = peek();
            if (b == 0x78 || b == 0x77) {
                pos++;
            } else {
                valueType();
            }
        }

        private List<String> valueTypes() {
            int count = u32("value type count");
            List<String> result = new ArrayList<>(Math.min(count, 64));
            for (int i = 0; i < count; i++) {
                result.add(valueType());
            }
            return result;
        }

        private String valueType() {
            int at = pos;
            int b = u8();
            return switch (b) {
                case 0x7F -> "i32";
                case 0x7E -> "i64";
                case 0x7D -> "f32";
                case 0x7C -> "f64";
                case 0x7B -> "v128";
                case 0x70 -> "funcref";
                case 0x6F -> "externref";
                case 0x69 -> "exnref";
                case 0x6E, 0x6D, 0x6C, 0x6B, 0x6A, 0x71, 0x72, 0x73, 0x74, 0x68 -> "ref";
                case 0x63, 0x64 -> {
                    heapType();
                    yield "ref";
                }
                default -> throw new Malformed("unknown value type 0x" + Integer.toHexString(b) + " at byte offset " + at);
            };
        }

        /** A heap type: an abstract one (one byte, negative as s33) or a type index (non-negative s33). */
        private void heapType() {
            int start = pos;
            for (int i = 0; i < 5; i++) {
                if ((u8() & 0x80) == 0) {
                    return;
                }
            }
            throw new Malformed("heap type too long at byte offset " + start);
        }

        private void importSection() {
            int count = u32("import count");
            for (int i = 0; i < count; i++) {
                String module = name();
                String field = name();
                importNames.add(module + "." + field);
                int at = pos;
                int kind = u8();
                switch (kind) {
                    case 0x00 -> {
                        int type = u32("type index");
                        importedFunctions.add(module + "." + field);
                        importedTypes.add(signature(type, "import " + module + "." + field));
                        functionTypeIndices.add(type);
                    }
                    case 0x01 -> {
                        importsNonFunctions = true;
                        valueType();
                        limits();
                    }
                    case 0x02 -> {
                        importsNonFunctions = true;
                        limits();
                    }
                    case 0x03 -> {
                        importsNonFunctions = true;
                        valueType();
                        u8();
                    }
                    case 0x04 -> {
                        importsNonFunctions = true;
                        u8();
                        u32("tag type index");
                    }
                    default -> throw new Malformed("unknown import kind " + kind + " at byte offset " + at);
                }
            }
        }

        private void functionSection() {
            int count = u32("function count");
            for (int i = 0; i < count; i++) {
                int type = u32("type index");
                signature(type, "function " + functionTypeIndices.size());
                functionTypeIndices.add(type);
            }
        }

        private void tableSection() {
            int count = u32("table count");
            for (int i = 0; i < count; i++) {
                boolean withInit = peek() == 0x40;
                if (withInit) {
                    pos += 2;
                }
                valueType();
                tables.add(limits());
                if (withInit) {
                    skipConstantExpression();
                }
            }
        }

        private void memorySection() {
            int count = u32("memory count");
            for (int i = 0; i < count; i++) {
                memories.add(limits());
            }
        }

        private void exportSection() {
            int count = u32("export count");
            for (int i = 0; i < count; i++) {
                String name = name();
                exportNames.add(name);
                int kind = u8();
                int index = u32("export index");
                if (kind == 0x00) {
                    if (index >= functionTypeIndices.size()) {
                        throw new Malformed("export \"" + name + "\" names function " + index
                                + ", which does not exist (the module has " + functionTypeIndices.size() + " functions)");
                    }
                    exports.put(name, signature(functionTypeIndices.get(index), "export \"" + name + "\""));
                }
            }
        }

        /** Reads only each body's local declarations, for {@code largestFrame}. */
        private void codeSection() {
            int count = u32("function body count");
            int imported = importedFunctions.size();
            for (int i = 0; i < count; i++) {
                int size = u32("body size");
                int end = pos + size;
                if (end > data.length || end < pos) {
                    throw new Malformed("function body " + (imported + i) + " at byte offset " + pos + " runs past the end");
                }
                long slots = imported + i < functionTypeIndices.size()
                        ? types.get(functionTypeIndices.get(imported + i)).params().size() : 0;
                int groups = u32("local group count");
                for (int g = 0; g < groups; g++) {
                    slots += u32("local count");
                    valueType();
                }
                largestFrame = Math.max(largestFrame, slots);
                pos = end;
            }
        }

        /** The minimum of a limits entry (memory64 and shared flags included). */
        private long limits() {
            int at = pos;
            int flags = u8();
            if (flags > 0x07) {
                throw new Malformed("unknown limits flags 0x" + Integer.toHexString(flags) + " at byte offset " + at);
            }
            boolean wide = (flags & 0x04) != 0;
            long min = wide ? u64() : u32("limits minimum");
            if ((flags & 0x01) != 0) {
                if (wide) {
                    u64();
                } else {
                    u32("limits maximum");
                }
            }
            return min;
        }

        /** Skips a constant expression up to its {@code end}, reading each immediate of the constant operators. */
        private void skipConstantExpression() {
            while (true) {
                int at = pos;
                int op = u8();
                switch (op) {
                    case 0x0B -> {
                        return;
                    }
                    case 0x41, 0x42, 0x23, 0xD2 -> skipLeb();
                    case 0x43 -> pos += 4;
                    case 0x44 -> pos += 8;
                    case 0xD0 -> heapType();
                    case 0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E -> { }
                    case 0xFB -> {
                        int sub = u32("GC opcode");
                        if (sub <= 8) {
                            skipLebs(sub == 8 ? 2 : 1);
                        }
                    }
                    case 0xFD -> {
                        u32("SIMD opcode");
                        pos += 16;
                    }
                    default -> throw new Malformed("unexpected operator 0x" + Integer.toHexString(op)
                            + " in a constant expression at byte offset " + at);
                }
            }
        }

        private void skipLebs(int count) {
            for (int i = 0; i < count; i++) {
                skipLeb();
            }
        }

        private void skipLeb() {
            int start = pos;
            for (int i = 0; i < 10; i++) {
                if ((u8() & 0x80) == 0) {
                    return;
                }
            }
            throw new Malformed("LEB128 too long at byte offset " + start);
        }

        private Signature signature(int typeIndex, String who) {
            if (typeIndex >= types.size()) {
                throw new Malformed(who + " names type " + typeIndex + ", which does not exist");
            }
            Signature type = types.get(typeIndex);
            if (type == null) {
                throw new Malformed(who + " names type " + typeIndex + ", which is not a function type");
            }
            return type;
        }

        private String name() {
            int length = u32("name length");
            if (length > data.length - pos) {
                throw new Malformed("a name of " + length + " bytes at byte offset " + pos + " runs past the end");
            }
            String name = new String(data, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return name;
        }

        private int peek() {
            if (pos >= data.length) {
                throw new Malformed("unexpected end at byte offset " + pos);
            }
            return data[pos] & 0xFF;
        }

        private int u8() {
            int b = peek();
            pos++;
            return b;
        }

        private int u32(String what) {
            int start = pos;
            long result = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (result > Integer.MAX_VALUE) {
                        throw new Malformed(what + " " + result + " at byte offset " + start + " is out of range");
                    }
                    return (int) result;
                }
            }
            throw new Malformed(what + ": LEB128 too long at byte offset " + start);
        }

        private long u64() {
            int start = pos;
            long result = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                int b = u8();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new Malformed("LEB128 u64 too long at byte offset " + start);
        }
    }
}
