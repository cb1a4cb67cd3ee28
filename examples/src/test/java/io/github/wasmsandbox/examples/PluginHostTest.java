package io.github.wasmsandbox.examples;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.fixtures.HostileFixture;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Testing your own host: the toolkit passes the interrupting host and catches the naive one. */
class PluginHostTest {

    private static final Duration TIMEOUT = Duration.ofMillis(100);

    @Test
    void theInterruptingHostReallyStopsALoopingPlugin() {
        try (PluginHost host = new InterruptingPluginHost()) {
            assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(HostileFixture.LOOP_BR.bytes(), "run", TIMEOUT));
        }
    }

    @Test
    void theNaiveHostReturnsWhileThePluginKeepsRunning() {
        try (PluginHost host = new NaivePluginHost()) {
            assertThatThrownBy(() -> assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(HostileFixture.LOOP_BR.bytes(), "run", TIMEOUT)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("these threads were still inside guest code")
                    .hasMessageContaining("running: 'naive-plugin-host'")
                    .hasMessageContaining("not Future.get(timeout) alone");
        }
    }

    @Test
    void bothHostsRunABenignPlugin() throws Exception {
        for (PluginHost host : new PluginHost[] {new NaivePluginHost(), new InterruptingPluginHost()}) {
            try (host) {
                assertThat(host.call(HostileFixture.ANSWER.bytes(), "run", Duration.ofSeconds(5))).containsExactly(42);
            }
        }
    }
}
