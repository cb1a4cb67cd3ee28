package io.github.wasmsandbox.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The rows of one conformance run, with when, where and how long it ran, so that a published report can be
 * reproduced and compared.
 *
 * @param rows the rows, case by case in the order of the cases, each on every runtime in the order given
 * @param runtimes the runtimes, in the order given
 * @param startedAt when the run started
 * @param machine the machine ({@code os arch, N cores})
 * @param jvm the Java runtime that ran it
 * @param wallTime how long the whole run took
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConformanceReport(
        List<ConformanceRow> rows, List<String> runtimes, Instant startedAt, String machine, String jvm, Duration wallTime) {

    /** Copies the lists. */
    public ConformanceReport {
        rows = List.copyOf(rows);
        runtimes = List.copyOf(runtimes);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(wallTime, "wallTime");
    }

    /** Whether every row passes (a documented deviation passes). */
    public boolean allPass() {
        return rows.stream().allMatch(ConformanceRow::pass);
    }

    /** The rows that do not pass. */
    public List<ConformanceRow> failures() {
        return rows.stream().filter(r -> !r.pass()).toList();
    }

    /** The rows of one runtime. */
    public List<ConformanceRow> rowsOf(String runtime) {
        return rows.stream().filter(r -> r.runtime().equals(runtime)).toList();
    }

    /** How many rows of {@code runtime} have {@code status}. */
    public long count(String runtime, RowStatus status) {
        return rows.stream().filter(r -> r.runtime().equals(runtime) && r.status() == status).count();
    }

    /** This machine, as {@link #machine()} describes it. */
    public static String thisMachine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** This JVM, as {@link #jvm()} describes it. */
    public static String thisJvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
