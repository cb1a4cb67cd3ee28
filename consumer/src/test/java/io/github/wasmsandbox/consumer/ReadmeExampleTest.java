package io.github.wasmsandbox.consumer;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.Fixture;
import io.github.wasmsandbox.junit.SandboxTest;
import io.github.wasmsandbox.junit.WasmSandbox;
import org.junit.jupiter.api.Test;

@WasmSandbox(deadlineMillis = 100, maxMemoryPages = 16)
class ReadmeExampleTest {

    @Test
    void anInfiniteLoopIsStoppedAtTheDeadline(Sandbox sandbox) {
        assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted().isNotEscaped();
    }

    @Test
    void memoryGrowStopsAtTheCap(Sandbox sandbox, @Fixture("memory-grow-bomb") HostileFixture bomb) {
        assertThat(sandbox.run(Invocation.of(bomb))).isMemoryLimited();
    }

    @SandboxTest
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"})
    void myOwnGuestAnswers(Sandbox sandbox) {
        GuestModule guest = GuestModule.ofWat("answer", "(module (func (export \"run\") (result i32) i32.const 42))");
        assertThat(sandbox.call(guest, "run")).isCompletedWith(42);
    }
}
