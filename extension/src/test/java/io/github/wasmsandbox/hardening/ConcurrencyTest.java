package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.testing.Deviations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sandboxes are safe to share between threads: the whole catalog run on every runtime from 4 threads at once,
 * through one shared sandbox per runtime (one engine, one module cache), ends exactly as the sequential run
 * does. (The project's own test suite also runs with JUnit parallel execution on.)
 */
@DisplayName("Concurrency")
class ConcurrencyTest {

    private record Row(String runtime, HostileFixture fixture) {
        String key() {
            return runtime + " " + fixture.id();
        }
    }

    @Test
    @DisplayName("the catalog run from 4 threads on shared sandboxes ends as the sequential run")
    void parallelEqualsSequential() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String runtime : Sandboxes.availableRuntimes()) {
            for (HostileFixture f : HostileFixture.values()) {
                if (Deviations.of(f, runtime).map(d -> d.outcome() != OutcomeKind.ESCAPED).orElse(true)) {
                    rows.add(new Row(runtime, f));
                }
            }
        }
        Map<String, OutcomeKind> sequential = run(rows, 1);
        Map<String, OutcomeKind> parallel = run(rows, 4);
        assertThat(parallel).isEqualTo(sequential);
        rows.forEach(r -> assertThat(sequential.get(r.key())).as(r.key()).isEqualTo(Deviations.expectedOutcomeOn(r.fixture(), r.runtime())));
    }

    /**
     * The catalog's limits, but where the deadline is not what should stop the guest on this runtime (a documented
     * deviation such as a trap), only the backstop deadline: otherwise a loaded machine could let the 100 ms
     * deadline win the race against the guest's own cause, and the verdict would depend on scheduling.
     */
    private static SandboxLimits limits(Row row) {
        SandboxLimits limits = SandboxLimits.forFixture(row.fixture());
        boolean deadlineIsTheCause = Deviations.expectedOutcomeOn(row.fixture(), row.runtime()) == OutcomeKind.PREEMPTED;
        return deadlineIsTheCause || limits.deadline().isEmpty() ? limits
                : limits.toBuilder().deadline(SandboxLimits.FIXTURE_BACKSTOP).build();
    }

    private static Map<String, OutcomeKind> run(List<Row> rows, int threads) throws Exception {
        Map<String, Sandbox> sandboxes = new ConcurrentHashMap<>();
        for (String runtime : Sandboxes.availableRuntimes()) {
            sandboxes.put(runtime, Sandboxes.open(runtime, SandboxLimits.NONE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<OutcomeKind>> futures = new TreeMap<>();
            for (Row row : rows) {
                Sandbox sandbox = sandboxes.get(row.runtime()).withLimits(limits(row));
                futures.put(row.key(), pool.submit(() -> sandbox.run(Invocation.of(row.fixture())).kind()));
            }
            Map<String, OutcomeKind> kinds = new TreeMap<>();
            for (Map.Entry<String, Future<OutcomeKind>> e : futures.entrySet()) {
                kinds.put(e.getKey(), e.getValue().get());
            }
            return kinds;
        } finally {
            pool.shutdown();
            sandboxes.values().forEach(Sandbox::close);
        }
    }
}
