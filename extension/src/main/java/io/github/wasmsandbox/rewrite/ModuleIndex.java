package io.github.wasmsandbox.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rewriter reads of a module before it changes anything: the sections in order, and the counts and
 * function types it needs (imported functions, tables, memories and globals; each defined function's parameter
 * count). Refuses what the rewriter cannot handle (tags, GC types, memory64) with the byte offset.
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
    long[] paramCounts = new long[0];
    long[] functionTypes = new long[0];
    int definedGlobals;
    int definedMemories;
    /** The element reference type byte of every table, imported ones first. */
    final List<Integer> tableRefTypes = new ArrayList<>();

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
            if (id == SEC_TAG) {
                throw new ModuleRewriteException("tag section at byte offset " + at
                        + ": exception handling is not supported");
            }
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
        int n = in.u32AsInt("type count");
        paramCounts = new long[n];
        for (int i = 0; i < n; i++) {
            int at = in.pos;
            int form = in.u8();
            if (form != 0x60) {
                throw new ModuleRewriteException("type " + i + " at byte offset " + at + " has form 0x"
                        + Integer.toHexString(form) + ": only function types are supported (no GC types)");
            }
            long params = in.u32();
            for (long p = 0; p < params; p++) {
                InstructionDecoder.valType(in, -1);
            }
            long results = in.u32();
            for (long r = 0; r < results; r++) {
                InstructionDecoder.valType(in, -1);
            }
            paramCounts[i] = params;
        }
    }

    private void readTables(Section s) {
        WasmInput in = new WasmInput(wasm, s.start(), s.end());
        int n = in.u32AsInt("table count");
        for (int i = 0; i < n; i++) {
            int at = in.pos;
            int ref = in.u8();
            if (ref != 0x70 && ref != 0x6F) {
                throw new ModuleRewriteException("table " + (importedTables + i) + " at byte offset " + at
                        + " has unsupported element type 0x" + Integer.toHexString(ref));
            }
            tableRefTypes.add(ref);
            limits(in, false);
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
        if (definedIndex >= functionTypes.length || functionTypes[definedIndex] >= paramCounts.length) {
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
                    tableRefTypes.add(in.u8());
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
                default:
                    throw new ModuleRewriteException("import of kind " + kind + " at byte offset " + at
                            + " is not supported (tags belong to exception handling)");
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
