package io.github.wasmsandbox.cli;

/**
 * Seam for the module rewriter (fuel metering, memory/table caps). Implementations are found with
 * {@link java.util.ServiceLoader}; none ships in this build.
 */
public interface ModuleInstrumenter {

    /**
     * Rewrites a module.
     *
     * @param wasm the module binary
     * @param fuel whether to add fuel metering
     * @param maxMemoryPages memory cap, or -1 for none
     * @param maxTableElements table cap, or -1 for none
     * @return the rewritten binary
     */
    byte[] instrument(byte[] wasm, boolean fuel, int maxMemoryPages, int maxTableElements);
}
