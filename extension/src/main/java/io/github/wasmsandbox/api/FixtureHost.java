package io.github.wasmsandbox.api;

import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.util.List;

/**
 * The standard host functions behind the catalog's {@link HostImport}s, so that a fixture runs the same way
 * in every test, in the conformance runner and in a user's host.
 *
 * @since 0.1.0
 */
public final class FixtureHost {

    private FixtureHost() {}

    /** The host functions {@code fixture} imports. */
    public static List<HostFunction> functionsFor(HostileFixture fixture) {
        return fixture.imports().stream().map(FixtureHost::function).toList();
    }

    /** The standard implementation of one catalog import. */
    public static HostFunction function(HostImport hostImport) {
        return switch (hostImport) {
            case BLOCK -> HostFunction.action(hostImport.module(), hostImport.field(), FixtureHost::blockUntilInterrupted);
            case FAIL -> HostFunction.action(hostImport.module(), hostImport.field(), () -> {
                throw new IllegalStateException("env.fail: the host refuses this call (thrown on purpose by the fixture host)");
            });
            case TICK -> HostFunction.action(hostImport.module(), hostImport.field(), () -> { });
        };
    }

    /**
     * Blocks the calling thread until it is interrupted, then returns with the interrupt flag set again, so
     * that an interruption-based runtime stops the guest at its next check.
     */
    private static void blockUntilInterrupted() {
        Object monitor = new Object();
        synchronized (monitor) {
            while (true) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
