package io.github.wasmsandbox.tck;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.core.EscapeDetector;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.report.ConformanceCase;
import io.github.wasmsandbox.report.ConformanceReport;
import io.github.wasmsandbox.report.ConformanceRow;
import io.github.wasmsandbox.report.ConformanceRunner;
import io.github.wasmsandbox.report.RowStatus;
import io.github.wasmsandbox.report.TextTable;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The TCK for runtime authors: subclass it in your tests and return your runtime's name. Every catalog fixture
 * becomes a dynamic test judged like a row of {@code wasm-sandbox conformance} (a documented
 * {@link KnownDeviation} passes; a guest still inside guest code after its runtime reported it PREEMPTED is
 * ESCAPED, see {@link ConformanceRunner}), and a last test, {@code summary}, fails with the table of every row that did not pass.
 *
 * <pre>{@code
 * class MyRuntimeConformanceTest extends AbstractRuntimeConformanceTest {
 *     protected String runtimeName() { return "my-runtime"; }
 * }
 * }</pre>
 *
 * <p>Fixtures documented to escape on the runtime run in a child JVM of their own (they pass as KILLED, the guest
 * contained), so that no escaped guest keeps a thread of the test JVM busy; for a runtime that is not registered,
 * which a child JVM cannot load, they are skipped. The summary test stops those child JVMs. The class is
 * {@link Isolated}: escape detection blames any thread that enters guest code during a row, so no other test may
 * run guests meanwhile.
 *
 * @since 0.1.0
 */
@Isolated("escape detection inspects every thread's stack")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class AbstractRuntimeConformanceTest {

    /** The name the runtime is registered under (see {@link io.github.wasmsandbox.core.Sandboxes#availableRuntimes()}). */
    protected abstract String runtimeName();

    /**
     * The adapter under test: by default the registered runtime named {@link #runtimeName()}; override to test
     * an instance that is not registered.
     */
    protected SandboxRuntime runtime() {
        try {
            return RuntimeRegistry.discover().require(runtimeName());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + ". List your SandboxRuntime in "
                    + "META-INF/services/io.github.wasmsandbox.spi.SandboxRuntime, or override runtime()", e);
        }
    }

    /** One dynamic test per catalog fixture, then the summary. */
    @TestFactory
    public List<DynamicTest> catalog() {
        SandboxRuntime adapter = runtime();
        String runtime = adapter.name();
        ConformanceRunner runner = new ConformanceRunner(List.of(adapter), line -> { });
        List<ConformanceRow> rows = Collections.synchronizedList(new ArrayList<>());
        Instant startedAt = Instant.now();
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCase c : ConformanceCase.catalog()) {
            tests.add(DynamicTest.dynamicTest(c.name() + " on " + runtime, () -> {
                Assumptions.assumeFalse(c.knownToEscapeOn(adapter) && !runner.quarantines(c, adapter),
                        () -> c.name() + ": known to escape on " + runtime + " ("
                                + c.deviationOn(adapter).orElseThrow().reason() + "), and " + runtime
                                + " is not registered, so a child JVM cannot load it; not run in the test JVM");
                ConformanceRow row = runner.runOne(c, adapter);
                rows.add(row);
                if (!row.pass()) {
                    throw new AssertionError(TextTable.row(row).strip());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary of " + runtime, () -> {
            runner.close();
            ConformanceReport report = new ConformanceReport(rows, List.of(runtime), startedAt,
                    ConformanceReport.thisMachine(), ConformanceReport.thisJvm(), Duration.between(startedAt, Instant.now()));
            if (!report.allPass()) {
                throw new AssertionError(runtime + " does not conform: "
                        + report.count(runtime, RowStatus.FAIL) + " FAIL, " + report.count(runtime, RowStatus.UNSUPPORTED)
                        + " unsupported of " + rows.size() + " rows run\n" + TextTable.of(report));
            }
        }));
        return tests;
    }

    /**
     * The classification matrix: every cause that can end a run (deadline in a loop or in a host call, fuel,
     * stack, call depth, a refused growth followed by a trap, an unrelated trap) crossed with every state (plain,
     * memory at its cap, table at its cap, fuel metered, inside the start function) must be reported as its cause.
     */
    @TestFactory
    public List<DynamicTest> classification() {
        SandboxRuntime adapter = runtime();
        List<DynamicTest> tests = new ArrayList<>();
        for (ClassificationMatrix.Cell cell : ClassificationMatrix.cells()) {
            tests.add(DynamicTest.dynamicTest(cell.name() + " on " + adapter.name(), () -> {
                try (Sandbox sandbox = Sandboxes.open(adapter, cell.limits());
                     EscapeDetector detector = EscapeDetector.forCall(
                             EscapeDetector.withDefaults(List.of(adapter.guestFrames())))) {
                    Outcome outcome = detector.judgeStop(sandbox.run(cell.invocation()));
                    if (outcome.kind() != cell.cause().expected()) {
                        throw new AssertionError(cell.name() + " on " + adapter.name() + ": expected "
                                + cell.cause().expected() + " (the cause), but the outcome was " + outcome);
                    }
                }
            }));
        }
        return tests;
    }
}
