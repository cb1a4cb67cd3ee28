package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * The static fuel cost of each WebAssembly operator, plus an optional dynamic (size-dependent) charge for
 * bulk memory/table operators and {@code memory.grow}/{@code table.grow}.
 *
 * <p>Operators are identified by an {@code int} key: a single-byte opcode is its byte value
 * ({@code 0x00..0xFF}); a prefixed opcode ({@code 0xFC}, {@code 0xFD}) is {@link #prefixed(int, int)},
 * i.e. {@code (prefix << 16) | subOpcode}.
 *
 * <p>The {@link #WASMTIME default} mirrors Wasmtime's native fuel: every operator costs 1 except
 * {@code nop}, {@code drop}, {@code block}, {@code loop}, {@code unreachable}, {@code return},
 * {@code else} and {@code end}, which cost 0. A model that makes every operator of a loop free lets that
 * loop run unmetered: costs of 0 are never charged.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CostModel {

    /** Wasmtime's native fuel model; charges no size-dependent extra. */
    CostModel WASMTIME = new CostModel() {
        @Override
        public long cost(int opcode) {
            return WasmtimeCosts.cost(opcode);
        }

        @Override
        public String fingerprint() {
            return "wasmtime-fuel-v1";
        }
    };

    /**
     * Wasmtime's model plus a dynamic charge: {@code memory.fill}, {@code memory.copy} and
     * {@code memory.init} pay one extra unit per whole 64 KiB of length ({@code len >>> 16}); {@code memory.grow} pays one per requested page; {@code table.fill},
     * {@code table.copy}, {@code table.init} and {@code table.grow} pay one per 1024 elements
     * ({@code n >>> 10}).
     */
    CostModel WASMTIME_WITH_SIZE_CHARGES = new CostModel() {
        @Override
        public long cost(int opcode) {
            return WasmtimeCosts.cost(opcode);
        }

        @Override
        public int sizeChargeShift(int opcode) {
            return WasmtimeCosts.sizeShift(opcode);
        }

        @Override
        public String fingerprint() {
            return "wasmtime-fuel-v1+size";
        }
    };

    /**
     * The static cost of one execution of the operator.
     *
     * @param opcode the operator key (see the class comment)
     * @return a cost {@code >= 0}
     */
    long cost(int opcode);

    /**
     * Whether, and how, to charge the operator by the size operand on top of the stack (the length of
     * {@code memory.fill/copy/init}, {@code table.fill/copy/init}, the delta of
     * {@code memory.grow/table.grow}). Only those eight operators are asked.
     *
     * @param opcode the operator key
     * @return {@code -1} for no dynamic charge, else the right shift applied to the unsigned size: the
     *     extra fuel charged is {@code size >>> shift}
     */
    default int sizeChargeShift(int opcode) {
        return -1;
    }

    /**
     * Identifies the model in the keys of the cache of rewritten modules. Models that compute different costs must return
     * different fingerprints; the default is unique per instance.
     *
     * @return a stable description of the model
     */
    default String fingerprint() {
        return getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(this));
    }

    /**
     * The key of a prefixed operator.
     *
     * @param prefix {@code 0xFC} or {@code 0xFD}
     * @param subOpcode the LEB128-decoded sub-opcode
     * @return {@code (prefix << 16) | subOpcode}
     */
    static int prefixed(int prefix, int subOpcode) {
        return (prefix << 16) | subOpcode;
    }
}
