package io.github.wasmsandbox.examples;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.runtime.chicory.ChicoryHostFunctions;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fixtures that import host functions, in your own host: {@code ChicoryHostFunctions.forFixture} links the catalog's
 * {@code env.tick}, {@code env.fail} and {@code env.block} through Chicory's own API.
 */
@Isolated("the tick and fail test runs plugins on the host's threads outside an escape check")
class PluginHostImportsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(100);

    @Test
    void theInterruptingHostFreesAPluginBlockedInAHostCall() {
        HostileFixture fixture = HostileFixture.HOST_BLOCK_LOOP;
        try (PluginHost host = new InterruptingPluginHost(ChicoryHostFunctions.forFixture(fixture))) {
            assertPreemptedWithin(2_000, TimeoutException.class, () -> host.call(fixture.bytes(), "run", TIMEOUT));
        }
    }

    @Test
    void theNaiveHostLeavesAPluginBlockedInAHostCall() {
        HostileFixture fixture = HostileFixture.HOST_BLOCK_LOOP;
        try (PluginHost host = new NaivePluginHost(ChicoryHostFunctions.forFixture(fixture))) {
            assertThatThrownBy(() -> assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(fixture.bytes(), "run", TIMEOUT)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("blocked: 'naive-plugin-host'")
                    .hasMessageContaining("in host function io.github.wasmsandbox.fixtures.FixtureHost");
        }
    }

    @Test
    void theHostFunctionsTickAndFailAsTheCatalogSays() throws Exception {
        try (PluginHost host = new InterruptingPluginHost(ChicoryHostFunctions.forFixture(HostileFixture.TICK_TEN))) {
            assertThat(host.call(HostileFixture.TICK_TEN.bytes(), "run", Duration.ofSeconds(5))).containsExactly(10);
        }
        HostileFixture fail = HostileFixture.HOST_FAIL_LOOP;
        try (PluginHost host = new InterruptingPluginHost(ChicoryHostFunctions.forFixture(fail))) {
            assertThatThrownBy(() -> host.call(fail.bytes(), "run", Duration.ofSeconds(5)))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("host function env.fail threw java.lang.IllegalStateException");
        }
    }
}
