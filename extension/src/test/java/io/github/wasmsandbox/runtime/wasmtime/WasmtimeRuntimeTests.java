package io.github.wasmsandbox.runtime.wasmtime;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The wasmtime runtime")
class WasmtimeRuntimeTests {

    private static final SandboxLimits DEADLINE_50_MS = SandboxLimits.builder().deadlineMillis(50).build();

    @Test
    @DisplayName("is available here, enforcing the deadline and the stack natively")
    void available() {
        assertThat(new WasmtimeRuntime().unavailableReason()).isEmpty();
        assertThat(Sandboxes.availableRuntimes()).contains("wasmtime");
    }

    @Test
    @DisplayName("passes arguments and results of every number type exactly as Chicory does")
    void valuesLikeChicory() {
        GuestModule module = GuestModule.ofWat("""
                (module (func (export "mix") (param i32 i64 f32 f64) (result i32 i64 f32 f64)
                  (i32.sub (local.get 0) (i32.const 1)) (i64.mul (local.get 1) (i64.const -3))
                  (f32.neg (local.get 2)) (f64.add (local.get 3) (f64.const 0.5))))""");
        long[] args = {-5, 1L << 40, Float.floatToRawIntBits(1.5f), Double.doubleToRawLongBits(-2.25)};
        Outcome wasmtime = call("wasmtime", module, args);
        Outcome chicory = call("chicory-compiler", module, args);
        assertThat(wasmtime).completedWith(chicory.values());
        assertThat(wasmtime.values()[0]).isEqualTo(-6);
        assertThat(Double.longBitsToDouble(wasmtime.values()[3])).isEqualTo(-1.75);
    }

    private static Outcome call(String runtime, GuestModule module, long[] args) {
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.NONE)) {
            return sandbox.call(module, "mix", args);
        }
    }

    @Test
    @DisplayName("reports a host function's exception with its original class, which native code loses")
    void hostExceptionKeepsItsClass() {
        try (Sandbox sandbox = Sandboxes.open("wasmtime", SandboxLimits.builder().deadlineMillis(10_000).build())) {
            Outcome outcome = sandbox.run(Invocation.of(HostileFixture.HOST_FAIL_LOOP));
            assertThat(outcome).trappedWith("host");
            assertThat(outcome.message()).startsWith("host function env.fail threw java.lang.IllegalStateException: ");
        }
    }

    @Test
    @DisplayName("re-arms the epoch deadline for every run on the same engine")
    void rearmsEveryRun() {
        try (Sandbox sandbox = Sandboxes.open("wasmtime", DEADLINE_50_MS)) {
            // A store left with a passed deadline would trap at once, whatever the next run's deadline; the benign
            // runs get a long one so that a loaded machine cannot make them late.
            Sandbox patient = sandbox.withLimits(SandboxLimits.builder().deadlineMillis(10_000).build());
            for (int i = 0; i < 3; i++) {
                assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
                assertThat(patient.run(Invocation.of(HostileFixture.ANSWER))).isCompleted();
            }
            assertThat(sandbox.run(Invocation.of(HostileFixture.START_INFINITE_LOOP))).isPreempted();
        }
    }

    @Test
    @DisplayName("loads its native library from the cache, leaving no copy in the temp directory")
    void noTempCopy() throws IOException {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (Sandbox sandbox = Sandboxes.open("wasmtime", SandboxLimits.NONE)) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).isCompleted();
        }
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> copies = temp.filter(p -> p.getFileName().toString().contains("wasmtime_jni"))
                    .filter(p -> modifiedAfter(p, jvmStart)).toList();
            assertThat(copies).as("native library copies made by this JVM").isEmpty();
        }
    }

    private static boolean modifiedAfter(Path p, Instant instant) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(instant)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
