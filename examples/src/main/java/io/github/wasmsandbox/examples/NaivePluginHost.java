package io.github.wasmsandbox.examples;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The classic bug, kept on purpose: the timeout is a {@code Future.get(timeout)}, so the caller gets its
 * {@link TimeoutException} while the plugin keeps running on the pool thread. {@code PluginHostTest} shows that
 * {@code assertPreemptedWithin} catches it.
 */
public final class NaivePluginHost implements PluginHost {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naive-plugin-host");
        t.setDaemon(true);
        return t;
    });

    private final ImportValues imports;

    /** A host for plugins that import nothing. */
    public NaivePluginHost() {
        this(ImportValues.empty());
    }

    /** A host that links its plugins' imports to {@code imports}, e.g. {@code ChicoryHostFunctions.forFixture}. */
    public NaivePluginHost(ImportValues imports) {
        this.imports = imports;
    }

    @Override
    public long[] call(byte[] wasm, String export, Duration timeout) throws Exception {
        return pool.submit(() -> Instance.builder(Parser.parse(wasm)).withImportValues(imports).build()
                .export(export).apply())
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts the pool, which is the only thing that finally stops a runaway plugin here. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
