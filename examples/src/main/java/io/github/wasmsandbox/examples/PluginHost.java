package io.github.wasmsandbox.examples;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** A minimal plugin host as a service would embed it: run one export of a Wasm plugin with a timeout. */
public interface PluginHost extends AutoCloseable {

    /**
     * Instantiates the plugin, calls an export with no arguments and returns its results.
     *
     * @throws TimeoutException when the plugin did not finish within the timeout
     */
    long[] call(byte[] wasm, String export, Duration timeout) throws TimeoutException, Exception;

    /** Stops the host's threads. */
    @Override
    void close();
}
