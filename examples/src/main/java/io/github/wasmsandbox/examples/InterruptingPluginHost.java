package io.github.wasmsandbox.examples;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The correct version of {@link NaivePluginHost}: on timeout it interrupts the plugin's thread (Chicory checks
 * interruption at calls and loop back-edges) and waits until the plugin has really stopped before it throws.
 */
public final class InterruptingPluginHost implements PluginHost {

    private static final long STOP_WAIT_MILLIS = 5_000;

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "interrupting-plugin-host");
        t.setDaemon(true);
        return t;
    });

    private final ImportValues imports;

    /** A host for plugins that import nothing. */
    public InterruptingPluginHost() {
        this(ImportValues.empty());
    }

    /** A host that links its plugins' imports to {@code imports}, e.g. {@code ChicoryHostFunctions.forFixture}. */
    public InterruptingPluginHost(ImportValues imports) {
        this.imports = imports;
    }

    @Override
    public long[] call(byte[] wasm, String export, Duration timeout) throws Exception {
        Future<long[]> plugin = pool.submit(() -> Instance.builder(Parser.parse(wasm)).withImportValues(imports)
                .build().export(export).apply());
        try {
            return plugin.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            plugin.cancel(true);
            // A cancelled Future answers at once; the marker task runs only once the plugin's thread is free.
            pool.submit(() -> { }).get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
