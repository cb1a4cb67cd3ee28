package io.github.wasmsandbox.examples;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.EnabledIfRuntimeAvailable;
import io.github.wasmsandbox.junit.SandboxTest;
import io.github.wasmsandbox.junit.UnavailableRuntime;
import io.github.wasmsandbox.junit.WasmSandbox;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How the configuration of {@code @WasmSandbox} is resolved (docs/examples.md, "Configuration"). */
// tag::precedence[]
@WasmSandbox(fuel = 1_000_000)             // merged with PluginTestBase's @PluginLimits, attribute by attribute
class ConfigurationExamplesTest extends PluginTestBase {

    static Sandbox shared;

    @BeforeAll
    static void loadOnce(Sandbox sandbox) {   // the class's sandbox, with the class's limits
        shared = sandbox;
    }

    @Test
    void classLimits(Sandbox sandbox, SandboxLimits limits) {
        assertThat(limits.deadline()).contains(Duration.ofMillis(200));   // from @PluginLimits
        assertThat(limits.fuel()).hasValue(1_000_000);                    // from the class
        assertThat(sandbox).isSameAs(shared);          // same configuration: the @BeforeAll sandbox
    }

    @Test
    @WasmSandbox(deadlineMillis = 20, fuel = WasmSandbox.NONE)   // the method wins; NONE removes the fuel
    void methodLimits(Sandbox sandbox, SandboxLimits limits) {
        assertThat(limits.deadline()).contains(Duration.ofMillis(20));
        assertThat(limits.fuel()).isEmpty();
        assertThat(limits.maxMemoryPages()).hasValue(32);
        assertThat(sandbox).isNotSameAs(shared);       // other limits: a sandbox of its own
        assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
    }

    @SandboxTest
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 50)
    void onEveryRuntime(Sandbox sandbox, SandboxLimits limits) {
        assertThat(sandbox.limits()).isEqualTo(limits);
        assertThat(limits.deadline()).contains(Duration.ofMillis(50));
    }

    @Nested
    @WasmSandbox(maxMemoryPages = 4)           // a nested class's annotation wins over the enclosing class's
    class SmallMemory {
        @Test
        void nestedLimits(SandboxLimits limits) {
            assertThat(limits.maxMemoryPages()).hasValue(4);
            assertThat(limits.deadline()).contains(Duration.ofMillis(200));
        }
    }
    // end::precedence[]

    // tag::unavailable[]
    @Nested
    @WasmSandbox(runtimes = "wasmtime", unavailableRuntime = UnavailableRuntime.SKIP)
    class OnWasmtimeWhereItRuns {
        @Test
        void epochInterruption(Sandbox sandbox) {  // skipped, with wasmtime's reason, where it cannot run
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        }
    }

    @Nested
    class WithoutTheExtensionsSandbox {
        @Test
        @EnabledIfRuntimeAvailable("wasmtime")     // the same, for a test that opens its own sandbox
        void opensItsOwn() {
            try (Sandbox sandbox = Sandboxes.open("wasmtime", SandboxLimits.builder().deadlineMillis(50).build())) {
                assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
            }
        }
    }
    // end::unavailable[]
}
