package io.github.wasmsandbox.rewrite;

/** Reads the binary format over the whole module, so every position is an absolute byte offset. */
final class WasmInput {
    final byte[] data;
    int pos;
    private final int limit;

    WasmInput(byte[] data, int pos, int limit) {
        this.data = data;
        this.pos = pos;
        this.limit = limit;
    }

    boolean hasMore() {
        return pos < limit;
    }

    int u8() {
        if (pos >= limit) {
            throw new ModuleRewriteException("malformed module: unexpected end at byte offset " + pos);
        }
        return data[pos++] & 0xFF;
    }

    int peek() {
        if (pos >= limit) {
            throw new ModuleRewriteException("malformed module: unexpected end at byte offset " + pos);
        }
        return data[pos] & 0xFF;
    }

    /** An unsigned LEB128 that must fit in 32 bits. */
    long u32() {
        int start = pos;
        long result = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift >= 35) {
                throw new ModuleRewriteException("malformed module: LEB128 u32 too long at byte offset " + start);
            }
        }
        if (result > 0xFFFF_FFFFL) {
            throw new ModuleRewriteException("malformed module: LEB128 u32 out of range at byte offset " + start);
        }
        return result;
    }

    int u32AsInt(String what) {
        long v = u32();
        if (v > Integer.MAX_VALUE) {
            throw new ModuleRewriteException("unsupported " + what + " " + v + " at byte offset " + (pos - 1));
        }
        return (int) v;
    }

    /** Skips any LEB128 of at most {@code maxBytes} bytes (signed or unsigned). */
    void skipLeb(int maxBytes) {
        int start = pos;
        for (int i = 0; i < maxBytes; i++) {
            if ((u8() & 0x80) == 0) {
                return;
            }
        }
        throw new ModuleRewriteException("malformed module: LEB128 too long at byte offset " + start);
    }

    /** Reads a length-prefixed UTF-8 name, checking that it lies inside the section. */
    String name() {
        int len = u32AsInt("name length");
        int start = pos;
        skip(len);
        return new String(data, start, len, java.nio.charset.StandardCharsets.UTF_8);
    }

    void skip(int n) {
        if (n < 0 || pos + n > limit) {
            throw new ModuleRewriteException("malformed module: unexpected end at byte offset " + pos);
        }
        pos += n;
    }
}
