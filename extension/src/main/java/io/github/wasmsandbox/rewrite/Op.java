package io.github.wasmsandbox.rewrite;

/** Opcode keys used by the rewriter (see {@link CostModel}). */
final class Op {
    private Op() {}

    static final int UNREACHABLE = 0x00;
    static final int NOP = 0x01;
    static final int BLOCK = 0x02;
    static final int LOOP = 0x03;
    static final int IF = 0x04;
    static final int ELSE = 0x05;
    static final int END = 0x0B;
    static final int BR = 0x0C;
    static final int BR_IF = 0x0D;
    static final int BR_TABLE = 0x0E;
    static final int RETURN = 0x0F;
    static final int RETURN_CALL = 0x12;
    static final int RETURN_CALL_INDIRECT = 0x13;
    static final int TRY = 0x06;
    static final int CATCH = 0x07;
    static final int THROW = 0x08;
    static final int RETHROW = 0x09;
    static final int THROW_REF = 0x0A;
    static final int CALL = 0x10;
    static final int CALL_INDIRECT = 0x11;
    static final int CALL_REF = 0x14;
    static final int RETURN_CALL_REF = 0x15;
    static final int DELEGATE = 0x18;
    static final int CATCH_ALL = 0x19;
    static final int TRY_TABLE = 0x1F;
    static final int BR_ON_NULL = 0xD5;
    static final int BR_ON_NON_NULL = 0xD6;
    static final int DROP = 0x1A;
    static final int MEMORY_GROW = 0x40;

    static final int FC = 0xFC;
    static final int FD = 0xFD;
    static final int FB = 0xFB;
    static final int BR_ON_CAST = (FB << 16) | 24;
    static final int BR_ON_CAST_FAIL = (FB << 16) | 25;
    static final int MEMORY_INIT = (FC << 16) | 8;
    static final int MEMORY_COPY = (FC << 16) | 10;
    static final int MEMORY_FILL = (FC << 16) | 11;
    static final int TABLE_INIT = (FC << 16) | 12;
    static final int TABLE_COPY = (FC << 16) | 14;
    static final int TABLE_GROW = (FC << 16) | 15;
    static final int TABLE_FILL = (FC << 16) | 17;

    static boolean isSized(int op) {
        return op == MEMORY_GROW || op == MEMORY_INIT || op == MEMORY_COPY || op == MEMORY_FILL
                || op == TABLE_INIT || op == TABLE_COPY || op == TABLE_GROW || op == TABLE_FILL;
    }

    static String name(int op) {
        if (op > 0xFF) {
            return String.format("0x%02X %d", op >>> 16, op & 0xFFFF);
        }
        return String.format("0x%02X", op);
    }
}
