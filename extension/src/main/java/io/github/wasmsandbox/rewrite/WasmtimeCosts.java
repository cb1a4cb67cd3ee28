package io.github.wasmsandbox.rewrite;

/** Wasmtime's fuel table (cranelift {@code fuel_consumed_per_op}) and the size-charge table. */
final class WasmtimeCosts {

    private WasmtimeCosts() {}

    static long cost(int opcode) {
        switch (opcode) {
            case Op.NOP:
            case Op.DROP:
            case Op.BLOCK:
            case Op.LOOP:
            case Op.UNREACHABLE:
            case Op.RETURN:
            case Op.ELSE:
            case Op.END:
            // Legacy exception handling (which Wasmtime does not run) priced like its structured analogues:
            // try like block, catch / catch_all like else, delegate like end.
            case Op.TRY:
            case Op.CATCH:
            case Op.CATCH_ALL:
            case Op.DELEGATE:
                return 0;
            default:
                return 1;
        }
    }

    static int sizeShift(int opcode) {
        if (opcode == Op.MEMORY_GROW) {
            return 0;
        }
        if (opcode == Op.MEMORY_INIT || opcode == Op.MEMORY_COPY || opcode == Op.MEMORY_FILL) {
            return 16;
        }
        if (opcode == Op.TABLE_INIT || opcode == Op.TABLE_COPY || opcode == Op.TABLE_GROW
                || opcode == Op.TABLE_FILL) {
            return 10;
        }
        return -1;
    }
}
