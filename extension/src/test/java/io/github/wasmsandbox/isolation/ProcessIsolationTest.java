package io.github.wasmsandbox.isolation;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.WasmSandbox;
import io.github.wasmsandbox.report.ConformanceCase;
import io.github.wasmsandbox.report.ConformanceReport;
import io.github.wasmsandbox.report.ConformanceRunner;
import io.github.wasmsandbox.report.TextTable;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;

@Isolated("kills and counts child processes")
@DisplayName("Process isolation")
class ProcessIsolationTest {

    private static final SandboxLimits SHORT = SandboxLimits.builder().deadlineMillis(300)
            .hardCeiling(Duration.ofMillis(1000)).build();

    @Test
    @DisplayName("runs guests in a child JVM with the same results and fuel as in-process")
    void sameResults() {
        SandboxLimits fuel = SandboxLimits.builder().fuel(20_000).build();
        try (Sandbox sandbox = Sandboxes.open("chicory-compiler", fuel, Isolation.PROCESS)) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.SUM_LOOP))).completedWith(500500).consumedFuel(11_003);
            assertThat(sandbox.run(Invocation.of(HostileFixture.FUEL_BOMB))).ranOutOfFuel().consumedFuel(20_000);
            assertThat(sandbox.run(Invocation.of(HostileFixture.HOST_FAIL_LOOP))).trappedWith("host");
        }
    }

    @Test
    @DisplayName("contains a guest that escapes in-process: the child is killed (KILLED) and replaced")
    void containsEscapes() {
        try (ChildHost host = Sandboxes.openProcessHost()) {
            Sandbox sandbox = host.sandbox("chicory-interpreter", SHORT, o -> { });
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            long firstChild = host.childPid().orElseThrow();

            Outcome escaped = sandbox.run(Invocation.of(HostileFixture.LOOP_BR_IF));

            assertThat(escaped).hasKind(OutcomeKind.KILLED);
            assertThat(escaped.message()).contains("was still running at the hard ceiling of 1000 ms",
                    "the child (pid " + firstChild + ") was killed, so nothing keeps running");
            assertThat(ProcessHandle.of(firstChild).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            assertThat(host.childPid()).isPresent().isNotEqualTo(OptionalLong.of(firstChild));
        }
    }

    @Test
    @DisplayName("reports a child that dies during a run as CRASHED with its exit code, then starts a new one")
    void crashedChild() throws Exception {
        SandboxLimits blocking = SandboxLimits.builder().deadlineMillis(60_000).build();
        try (ChildHost host = Sandboxes.openProcessHost()) {
            Sandbox sandbox = host.sandbox("chicory-compiler", blocking, o -> { });
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).isCompleted();
            long pid = host.childPid().orElseThrow();
            CompletableFuture<Outcome> run = new CompletableFuture<>();
            Thread caller = new Thread(() -> run.complete(sandbox.run(Invocation.of(HostileFixture.HOST_BLOCK_LOOP))),
                    "crashed-child-caller");
            caller.setDaemon(true);
            caller.start();
            // Kill the child only once the request is written and the caller waits for the answer: killed earlier,
            // the run would go to a fresh child instead (a loaded machine may not have run the caller yet).
            while (!waitingForTheChild(caller)) {
                assertThat(caller.isAlive()).as("the caller waits for the child's answer").isTrue();
                Thread.onSpinWait();
            }
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();

            Outcome crashed = run.get();

            assertThat(crashed).hasKind(OutcomeKind.CRASHED);
            assertThat(crashed.message()).startsWith("the child JVM (pid " + pid + ") died with exit code ");
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
        }
    }

    private static boolean waitingForTheChild(Thread caller) {
        if (caller.getState() != Thread.State.TIMED_WAITING) {
            return false;
        }
        boolean inCall = false;
        for (StackTraceElement frame : caller.getStackTrace()) {
            inCall |= frame.getClassName().equals(ChildProcess.class.getName()) && frame.getMethodName().equals("call");
        }
        return inCall;
    }

    @Test
    @DisplayName("refuses a host function that cannot cross to the child, naming it and the alternative")
    void refusesOwnHostFunctions() {
        GuestModule module = GuestModule.ofWat("(module (import \"env\" \"double\" (func)) (func (export \"run\") call 0))");
        try (Sandbox sandbox = Sandboxes.open("chicory-compiler", SHORT, Isolation.PROCESS)) {
            assertThatThrownBy(() -> sandbox.run(Invocation.of(module).call("run")
                    .withHost(HostFunction.action("env", "double", () -> { }))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("process isolation cannot run the host function env.double: it lives in this JVM and"
                            + " cannot cross to the child. Only the catalog's host functions (env.block, env.fail,"
                            + " env.tick) can; use Isolation.IN_PROCESS for your own");
        }
    }

    @Test
    @DisplayName("leaves no child process behind once closed")
    void noChildLeft() {
        Sandbox sandbox = Sandboxes.open("wasmtime", SHORT, Isolation.PROCESS);
        assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        sandbox.close();
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    @DisplayName("ends the whole catalog on every runtime, escapes contained, none hanging")
    void catalogInProcessIsolation() {
        ConformanceReport report = ConformanceRunner.forNames(Sandboxes.availableRuntimes(), line -> { },
                Isolation.PROCESS).run(ConformanceCase.catalog());
        assertThat(report.allPass()).as(TextTable.of(report)).isTrue();
        assertThat(report.rows()).noneMatch(r -> r.outcome().kind() == OutcomeKind.ESCAPED);
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    /** A user's test class in process isolation. */
    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 300, hardCeilingMillis = 2000,
            isolation = Isolation.PROCESS)
    static class IsolatedClass {
        @Test
        void escapesAreContained(Sandbox sandbox) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR_TABLE))).hasKind(OutcomeKind.KILLED);
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        }

        @Test
        void sharesTheChild(Sandbox sandbox) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
        }
    }

    @Test
    @DisplayName("@WasmSandbox(isolation = PROCESS) runs the class's guests in a child stopped after the class")
    void junitAttribute() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(IsolatedClass.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    @DisplayName("costs a bounded, measured overhead per call (printed, not asserted)")
    void overhead() {
        List<Isolation> modes = List.of(Isolation.IN_PROCESS, Isolation.PROCESS);
        for (Isolation mode : modes) {
            try (Sandbox sandbox = Sandboxes.open("chicory-compiler", SHORT, mode)) {
                for (int i = 0; i < 200; i++) {
                    sandbox.run(Invocation.of(HostileFixture.ANSWER));
                }
                long start = System.nanoTime();
                for (int i = 0; i < 500; i++) {
                    assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).isCompleted();
                }
                System.out.printf("isolation %s: %.0f us per call (answer, chicory-compiler, warm)%n", mode,
                        (System.nanoTime() - start) / 1e3 / 500);
            }
        }
    }

    @Test
    @DisplayName("prestart starts the child before the first run, which then runs in it; a closed host refuses")
    void prestart() {
        ChildHost host = Sandboxes.openProcessHost();
        try (host) {
            assertThat(host.childPid()).isEmpty();
            host.prestart();
            OptionalLong started = host.childPid();
            assertThat(started).isPresent();
            try (Sandbox sandbox = host.sandbox("chicory-compiler", SandboxLimits.NONE, o -> { })) {
                assertThat(sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run")).completedWith(42);
            }
            assertThat(host.childPid()).isEqualTo(started);
        }
        assertThatThrownBy(host::prestart).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    @DisplayName("a low-priority host's child runs at nice 19 (Linux: /proc/<pid>/stat)")
    void lowPriorityChild() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ChildHost.lowPriorityAvailable()
                && java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self")), "needs nice and /proc");
        try (ChildHost host = Sandboxes.openLowPriorityProcessHost()) {
            // A run the child answered proves nice has set the priority and exec'd the JVM; reading /proc right
            // after prestart() could see the forked process before nice lowered it (nice 0 in CI).
            assertThat(host.sandbox("chicory-interpreter", SHORT, o -> { }).run(Invocation.of(HostileFixture.ANSWER)))
                    .completedWith(42);
            long pid = host.childPid().orElseThrow();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name (which may contain spaces): state is the 3rd field, nice the 19th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertThat(fields[19 - 3]).isEqualTo("19");
        }
    }
}
