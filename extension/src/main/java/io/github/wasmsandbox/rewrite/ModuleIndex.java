package io.github.wasmsandbox.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rewriter reads of a module before it changes anything: the sections in order, and the counts and
 * function types it needs (imported functions, tables, memories and globals; each defined function's parameter
 * count, read through rec groups and sub types: every member of a rec group takes a type index). Refuses what the
 * rewriter cannot handle (memory64, table64) with the byte offset.
 */
final class ModuleIndex {

    static final int SEC_CUSTOM = 0;
    static final int SEC_TYPE = 1;
    static final int SEC_IMPORT = 2;
    static final int SEC_FUNCTION = 3;
    static final int SEC_TABLE = 4;
    static final int SEC_MEMORY = 5;
    static final int SEC_GLOBAL = 6;
    static final int SEC_EXPORT = 7;
    static final int SEC_START = 8;
    static final int SEC_CODE = 10;
    static final int SEC_TAG = 13;

    /** A section: its id and the byte range of its content ({@code -1, -1} for one the rewriter adds). */
    record Section(int id, int start, int end) {}

    private final byte[] wasm;
    private final List<Section> sections;
    int importedFuncs;
    int importedTables;
    int importedMemories;
    int importedGlobals;
    /** Per type index: the parameter count of a function type, -1 for a struct or array type. */
    long[] paramCounts = new long[0];
    /** The number of entries of the type section's vector (rec groups count once). */
    int typeEntries;
    long[] functionTypes = new long[0];
    int definedGlobals;
    int definedMemories;
    /** The encoded element reference type of every table, imported ones first. */
    final List<byte[]> tableRefTypes = new ArrayList<>();

    ModuleIndex(byte[] wasm) {
        this.wasm = wasm;
        if (wasm.length < 8 || wasm[0] != 0 || wasm[1] != 'a' || wasm[2] != 's' || wasm[3] != 'm') {
            throw new ModuleRewriteException("not a WebAssembly binary module: bad magic number");
        }
        if (wasm[4] != 1 || wasm[5] != 0 || wasm[6] != 0 || wasm[7] != 0) {
            throw new ModuleRewriteException("unsupported binary version (only core module version 1; "
                    + "components are refused)");
        }
        List<Section> sections = new ArrayList<>();
        WasmInput in = new WasmInput(wasm, 8, wasm.length);
        while (in.hasMore()) {
            int at = in.pos;
            int id = in.u8();
            int size = in.u32AsInt("section size");
            int start = in.pos;
            in.skip(size);
            if (id > SEC_TAG) {
                throw new ModuleRewriteException("unknown section id " + id + " at byte offset " + at);
            }
            sections.add(new Section(id, start, start + size));
        }
        for (Section s : sections) {
            if (s.id() == SEC_IMPORT) {
                readImports(s);
            } else if (s.id() == SEC_TYPE) {
                readTypes(s);
            } else if (s.id() == SEC_FUNCTION) {
                readFunctions(s);
            } else if (s.id() == SEC_TABLE) {
                readTables(s);
            } else if (s.id() == SEC_GLOBAL) {
                definedGlobals = new WasmInput(wasm, s.start(), s.end()).u32AsInt("global count");
            } else if (s.id() == SEC_MEMORY) {
                definedMemories = new WasmInput(wasm, s.start(), s.end()).u32AsInt("memory count");
            }
        }
        this.sections = List.copyOf(sections);
    }

    /** The sections, in file order. */
    List<Section> sections() {
        return sections;
    }

    boolean definesMemory() {
        for (Section s : sections) {
            if (s.id() == SEC_MEMORY && new WasmInput(wasm, s.start(), s.end()).u32() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Inserts an empty (start == end == -1) section where the binary format's order wants it. */
    static void ensureSection(List<Section> sections, int id) {
        for (Section s : sections) {
            if (s.id() == id) {
                return;
            }
        }
        int rank = rank(id);
        int at = sections.size();
        for (int i = 0; i < sections.size(); i++) {
            int sid = sections.get(i).id();
            if (sid != SEC_CUSTOM && rank(sid) > rank) {
                at = i;
                break;
            }
        }
        sections.add(at, new Section(id, -1, -1));
    }

    /** Position in the binary format's section order (the tag section sits between memory and global). */
    private static int rank(int id) {
        switch (id) {
            case SEC_TAG:
                return 6;
            case SEC_GLOBAL:
            case SEC_EXPORT:
            case 8: // start
            case 9: // element
                return id + 1;
            case 12: // data count
                return 11;
            case SEC_CODE:
                return 12;
            case 11: // data
                return 13;
            default: // type 1, import 2, function 3, table 4, memory 5
                return id;
        }
    }

    private void readTypes(Section s) {
        WasmInput in = new WasmInput(wasm, s.start(), s.end());
        typeEntries = in.u32AsInt("type count");
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < typeEntries; i++) {
            if (in.peek() == 0x4E) { // rec group: each member takes the next type index
                in.u8();
                long members = in.u32();
                for (long m = 0; m < members; m++) {
                    counts.add(subType(in, counts.size()));
                }
            } else {
                counts.add(subType(in, counts.size()));
            }
        }
        paramCounts = counts.stream().mapToLong(Long::longValue).toArray();
    }

    /** A sub type (optionally {@code sub}/{@code sub final} with supertypes): the parameter count, or -1. */
    private static long subType(WasmInput in, int typeIndex) {
        int b = in.peek();
        if (b == 0x50 || b == 0x4F) {
            in.u8();
            long supers = in.u32();
            for (long i = 0; i < supers; i++) {
                in.u32();
            }
        }
        int at = in.pos;
        int form = in.u8();
        switch (form) {
            case 0x60: {
                long params = in.u32();
                for (long p = 0; p < params; p++) {
                    InstructionDecoder.valType(in, -1);
                }
                long results = in.u32();
                for (long r = 0; r < results; r++) {
                    InstructionDecoder.valType(in, -1);
                }
                return params;
            }
            case 0x5F: {
                long fields = in.u32();
                for (long f = 0; f < fields; f++) {
                    fieldType(in);
                }
                return -1;
            }
            case 0x5E:
                fieldType(in);
                return -1;
            default:
                throw new ModuleRewriteException("type " + typeIndex + " at byte offset " + at + " has unknown form 0x"
                        + Integer.toHexString(form));
        }
    }

    /** A struct field or array element: storage type (i8, i16 or a value type) and mutability. */
    private static void fieldType(WasmInput in) {
        int b = in.peek();
        if (b == 0x78 || b == 0x77) {
            in.u8();
        } else {
            InstructionDecoder.valType(in, -1);
        }
        in.u8();
    }

    /** Reads a reference type (one byte, or 0x63/0x64 with a heap type) and returns its encoding. */
    static byte[] refType(WasmInput in, int table) {
        int at = in.pos;
        int b = in.peek();
        if (b != 0x63 && b != 0x64 && (b < 0x69 || b > 0x74)) { // numbers and v128 are no reference types
            throw new ModuleRewriteException("table " + table + " at byte offset " + at
                    + " has unsupported element type 0x" + Integer.toHexString(b));
        }
        InstructionDecoder.valType(in, -1);
        return java.util.Arrays.copyOfRange(in.data, at, in.pos);
    }

    private void readTables(Section s) {
        WasmInput in = new WasmInput(wasm, s.start(), s.end());
        int n = in.u32AsInt("table count");
        for (int i = 0; i < n; i++) {
            boolean withInit = in.peek() == 0x40;
            if (withInit) {
                in.u8();
                in.u8();
            }
            tableRefTypes.add(refType(in, importedTables + i));
            limits(in, false);
            if (withInit) {
                constantExpression(in, globalCount());
            }
        }
    }

    /** Skips a constant expression up to and including its {@code end}. */
    static void constantExpression(WasmInput in, long globalCount) {
        while (InstructionDecoder.next(in, -1, globalCount) != Op.END) {
            // constant expressions have no blocks: the first end closes the expression
        }
    }

    /** The number of functions (imported and defined). */
    int functionCount() {
        return importedFuncs + functionTypes.length;
    }

    /** The number of globals (imported and defined). */
    int globalCount() {
        return importedGlobals + definedGlobals;
    }

    /** The number of memories (imported and defined). */
    int memoryCount() {
        return importedMemories + definedMemories;
    }

    private void readFunctions(Section s) {
        WasmInput in = new WasmInput(wasm, s.start(), s.end());
        int n = in.u32AsInt("function count");
        functionTypes = new long[n];
        for (int i = 0; i < n; i++) {
            functionTypes[i] = in.u32();
        }
    }

    long paramCount(int definedIndex) {
        if (definedIndex >= functionTypes.length || functionTypes[definedIndex] >= paramCounts.length
                || paramCounts[(int) functionTypes[definedIndex]] < 0) {
            throw new ModuleRewriteException("malformed module: function " + (importedFuncs + definedIndex)
                    + " has no valid type");
        }
        return paramCounts[(int) functionTypes[definedIndex]];
    }

    private void readImports(Section s) {
        WasmInput in = new WasmInput(wasm, s.start(), s.end());
        long n = in.u32();
        for (long i = 0; i < n; i++) {
            in.skip(in.u32AsInt("name length"));
            in.skip(in.u32AsInt("name length"));
            int at = in.pos;
            int kind = in.u8();
            switch (kind) {
                case 0:
                    in.u32();
                    importedFuncs++;
                    break;
                case 1:
                    tableRefTypes.add(refType(in, importedTables));
                    limits(in, false);
                    importedTables++;
                    break;
                case 2:
                    limits(in, true);
                    importedMemories++;
                    break;
                case 3:
                    InstructionDecoder.valType(in, -1);
                    in.u8();
                    importedGlobals++;
                    break;
                case 4: // tag: attribute, type index
                    in.u8();
                    in.u32();
                    break;
                default:
                    throw new ModuleRewriteException("import of kind " + kind + " at byte offset " + at
                            + " is not supported");
            }
        }
    }

    /** Reads limits, returning {flags, min, max or -1}. */
    static long[] limits(WasmInput in, boolean memory) {
        int at = in.pos;
        int flags = in.u8();
        boolean ok = memory ? (flags <= 3) : (flags <= 1);
        if (!ok) {
            throw new ModuleRewriteException("unsupported limits flags 0x" + Integer.toHexString(flags)
                    + " at byte offset " + at + (memory ? " (memory64 / custom page sizes are not supported)"
                            : " (table64 is not supported)"));
        }
        long min = in.u32();
        long max = (flags & 1) != 0 ? in.u32() : -1;
        return new long[] {flags, min, max};
    }

}
