package io.github.wasmsandbox.rewrite;

import java.util.Arrays;

/** A growable byte buffer with LEB128 writers. */
final class WasmOutput {
    private byte[] buf = new byte[256];
    private int size;

    void u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void bytes(byte[] src, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(src, from, buf, size, n);
        size += n;
    }

    void bytes(byte[] src) {
        bytes(src, 0, src.length);
    }

    void u32(long value) {
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    void s64(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    void name(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        u32(b.length);
        bytes(b);
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
