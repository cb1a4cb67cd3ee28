package io.github.wasmsandbox.hardening;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static io.github.wasmsandbox.hardening.HostileGuests.BOUND_MILLIS;
import static io.github.wasmsandbox.hardening.HostileGuests.CHICORY_COMPILER;
import static io.github.wasmsandbox.hardening.HostileGuests.burningDeadlineFixtures;
import static io.github.wasmsandbox.hardening.HostileGuests.escapeFound;
import static io.github.wasmsandbox.hardening.HostileGuests.preempted;
import static io.github.wasmsandbox.hardening.HostileGuests.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.hardening.HostileGuests.BackgroundLoad;
import io.github.wasmsandbox.hardening.HostileGuests.NaiveHost;
import io.github.wasmsandbox.hardening.HostileGuests.Prepared;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Escape detection on a loaded machine: three threads burn CPU in plain Java for the whole class, and a guest
 * leaked earlier by a naive call keeps spinning beside them. Every CPU-burning deadline fixture then runs behind a
 * naive host ({@code Future.get(timeout)}, no interrupt; Chicory's compiler driven directly; in even rounds its
 * thread exists before the call) and behind a correct one ({@code Sandbox.run}), three rounds: the naive one must
 * be caught every time, the correct one never blamed.
 * Each naive leak is stopped (interrupted: the compiler stops on interrupt) once judged, and everything left at
 * the end in {@link #stopEverything()}.
 */
@Tag("hardening")
@Isolated("loads the machine and inspects every thread's stack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Escape detection under load")
class EscapeDetectionUnderLoadTest {

    private static final int ROUNDS = 3;
    private static final int BURNERS = 3;

    private BackgroundLoad load;
    private NaiveHost earlierLeak;

    @BeforeAll
    void loadTheMachine() throws Exception {
        load = new BackgroundLoad(BURNERS);
        earlierLeak = new NaiveHost();
        try {
            earlierLeak.call(Prepared.of(HostileFixture.LOOP_BR));
        } catch (TimeoutException expected) {
            // leaked on purpose: it keeps spinning for the whole class
        }
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        if (earlierLeak != null) {
            earlierLeak.close();
        }
    }

    @Test
    @DisplayName("every deadline fixture without a host block: naive host caught, correct host passed, 3 rounds")
    void noFalseVerdicts() throws Exception {
        List<HostileFixture> fixtures = burningDeadlineFixtures();
        assertThat(fixtures).hasSizeGreaterThan(10);
        List<Prepared> guests = fixtures.stream().map(Prepared::of).toList();
        List<String> falseVerdicts = new ArrayList<>();
        int naiveCaught = 0;
        int correctPassed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (Prepared guest : guests) {
                HostileFixture f = guest.fixture();
                // Even rounds: the naive host's thread exists before the call (a pool thread it reuses).
                NaiveHost naive = round % 2 == 0 ? NaiveHost.warmed() : new NaiveHost();
                String naiveVerdict;
                try {
                    naiveVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS, TimeoutException.class,
                            () -> naive.call(guest)));
                } finally {
                    naive.close();
                }
                // A guest parked in memory.atomic.wait burns no CPU: it is caught as a guest left blocked.
                String expectedKind = f.features().contains(WasmFeature.THREADS) ? "blocked: 'naive-host-guest-"
                        : "running: 'naive-host-guest-";
                if (escapeFound(naiveVerdict) && naiveVerdict.contains(expectedKind)) {
                    naiveCaught++;
                } else {
                    falseVerdicts.add("round " + round + ", " + f.id() + ", naive host not caught: " + naiveVerdict);
                }
                String correctVerdict;
                try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER, SandboxLimits.forFixture(f))) {
                    correctVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS,
                            () -> preempted(sandbox, Invocation.of(f))));
                }
                if (correctVerdict == null) {
                    correctPassed++;
                } else {
                    falseVerdicts.add("round " + round + ", " + f.id() + ", correct host failed: " + correctVerdict);
                }
            }
        }
        System.out.printf("escape detection under load (%d CPU burners + 1 leaked guest): %d fixtures x %d rounds;"
                        + " naive host caught %d/%d, correct host passed %d/%d, false verdicts %d%n", BURNERS,
                fixtures.size(), ROUNDS, naiveCaught, fixtures.size() * ROUNDS, correctPassed, fixtures.size() * ROUNDS,
                falseVerdicts.size());
        assertThat(falseVerdicts).as("false verdicts").isEmpty();
    }

    @Test
    @DisplayName("a guest parked in env.block: naive host caught as blocked, correct host passed, 3 rounds")
    void blockedGuest() throws Exception {
        Prepared guest = Prepared.of(HostileFixture.HOST_BLOCK_LOOP);
        List<String> falseVerdicts = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            NaiveHost naive = new NaiveHost();
            String naiveVerdict;
            try {
                naiveVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS, TimeoutException.class,
                        () -> naive.call(guest)));
            } finally {
                naive.close();
            }
            if (!(escapeFound(naiveVerdict) && naiveVerdict.contains("blocked: 'naive-host-guest-")
                    && naiveVerdict.contains("in host function " + FixtureHost.class.getName())
                    && naiveVerdict.contains(ShouldNotLeaveGuestRunning.BLOCKED_FIX))) {
                falseVerdicts.add("round " + round + ", naive host not caught as blocked: " + naiveVerdict);
            }
            try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER,
                    SandboxLimits.forFixture(HostileFixture.HOST_BLOCK_LOOP))) {
                String correctVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS,
                        () -> preempted(sandbox, Invocation.of(HostileFixture.HOST_BLOCK_LOOP))));
                if (correctVerdict != null) {
                    falseVerdicts.add("round " + round + ", correct host failed: " + correctVerdict);
                }
            }
        }
        System.out.printf("blocked-guest detection under load: %d rounds, false verdicts %d%n", ROUNDS,
                falseVerdicts.size());
        assertThat(falseVerdicts).as("false verdicts").isEmpty();
    }
}
