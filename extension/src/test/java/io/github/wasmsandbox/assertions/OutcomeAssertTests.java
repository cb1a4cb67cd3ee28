package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.WasmAssertions.OUTCOME;
import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.assertions.error.ShouldBePreemptedWithin;
import io.github.wasmsandbox.assertions.error.ShouldHaveCompletedWith;
import io.github.wasmsandbox.assertions.error.ShouldHaveConsumedFuel;
import io.github.wasmsandbox.assertions.error.ShouldHaveOutcome;
import io.github.wasmsandbox.assertions.error.ShouldHaveTrappedWith;
import io.github.wasmsandbox.assertions.error.ShouldNotHaveEscaped;
import java.util.EnumSet;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outcome assertions")
class OutcomeAssertTests {

    private static final SandboxLimits LIMITS = SandboxLimits.builder().deadlineMillis(100).build();

    private static Outcome preempted(long latencyMillis) {
        return new Outcome("chicory-compiler", OutcomeKind.PREEMPTED, null, Duration.ofMillis(100 + latencyMillis),
                Optional.of(Duration.ofMillis(latencyMillis)), OptionalLong.empty(), Optional.empty(),
                "interrupted at the deadline", Optional.empty(), LIMITS);
    }

    private static Outcome completed(long... values) {
        return new Outcome("chicory-interpreter", OutcomeKind.COMPLETED, values, Duration.ofMillis(3), Optional.empty(),
                OptionalLong.of(17), Optional.empty(), "", Optional.empty(), LIMITS);
    }

    private static Outcome of(OutcomeKind kind) {
        return new Outcome("chicory-interpreter", kind, null, Duration.ofMillis(2_000), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), "what happened", Optional.empty(), LIMITS);
    }

    @Test
    @DisplayName("passes on matching outcomes and chains")
    void passes() {
        assertThat(preempted(3)).isPreempted().withinMillis(5).within(3, TimeUnit.MILLISECONDS).isNotEscaped().isStopped();
        assertThat(completed(42)).isCompleted().isCompletedWith(42).hasConsumedFuel(17).hasConsumedFuelAtMost(17);
        assertThat(of(OutcomeKind.KILLED)).isKilled().isStopped().isNotEscaped();
        assertThat(of(OutcomeKind.CRASHED)).isCrashed();
        assertThat(of(OutcomeKind.HEAP_EXHAUSTED)).isHeapExhausted();
        assertThat(of(OutcomeKind.MEMORY_LIMIT)).isMemoryLimited();
        assertThat(of(OutcomeKind.OUT_OF_FUEL)).isOutOfFuel();
        assertThat(of(OutcomeKind.TRAPPED)).isTrapped();
        assertThat(of(OutcomeKind.ESCAPED)).isEscaped();
    }

    @Test
    @DisplayName("keeps the earlier names as aliases of the new ones")
    void aliases() {
        assertThat(completed(42)).completedWith(42).consumedFuel(17).consumedFuelAtMost(17);
        assertThat(of(OutcomeKind.OUT_OF_FUEL)).ranOutOfFuel();
        assertThat(of(OutcomeKind.MEMORY_LIMIT)).hitMemoryLimit();
        assertThat(of(OutcomeKind.ESCAPED)).escaped();
        assertThat(preempted(1)).didNotEscape();
        Outcome escaped = of(OutcomeKind.ESCAPED);
        assertThatThrownBy(() -> assertThat(escaped).didNotEscape())
                .hasMessage(ShouldNotHaveEscaped.shouldNotHaveEscaped(escaped).create());
    }

    @Test
    @DisplayName("isStopped accepts PREEMPTED and KILLED and names both when it fails")
    void stopped() {
        Outcome escaped = of(OutcomeKind.ESCAPED);
        assertThatThrownBy(() -> assertThat(escaped).isStopped()).hasMessage(ShouldHaveOutcome
                .shouldHaveOutcome(escaped, EnumSet.of(OutcomeKind.PREEMPTED, OutcomeKind.KILLED)).create())
                .hasMessageContaining("PREEMPTED or KILLED");
        for (OutcomeKind kind : EnumSet.complementOf(EnumSet.of(OutcomeKind.PREEMPTED, OutcomeKind.KILLED))) {
            assertThatThrownBy(() -> assertThat(of(kind)).isStopped()).as(kind.name()).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    @DisplayName("within fails, rather than pass, when the outcome has no measured latency")
    void withinWithoutLatency() {
        Outcome noLatency = new Outcome("wasmtime", OutcomeKind.PREEMPTED, null, Duration.ofMillis(100),
                Optional.empty(), OptionalLong.empty(), Optional.empty(), "stopped", Optional.empty(), LIMITS);
        AssertionError error = (AssertionError) catchThrowable(() -> assertThat(noLatency).isPreempted().withinMillis(50));
        assertThat(error).hasMessage(ShouldBePreemptedWithin
                .shouldHaveMeasuredLatency(noLatency, Duration.ofMillis(50)).create());
        assertThat(error.getMessage()).contains("no preemption latency was measured", "50.000 ms");
        assertThatThrownBy(() -> assertThat(completed(1)).within(Duration.ofSeconds(1)))
                .hasMessage(ShouldHaveOutcome.shouldHaveOutcome(completed(1), OutcomeKind.PREEMPTED).create());
    }

    @Test
    @DisplayName("isNotEscaped says what it checks")
    void notEscaped() {
        Outcome escaped = of(OutcomeKind.ESCAPED);
        AssertionError error = (AssertionError) catchThrowable(() -> assertThat(escaped).isNotEscaped());
        assertThat(error).hasMessage(ShouldNotHaveEscaped.shouldNotHaveEscaped(escaped).create());
        assertThat(error.getMessage()).contains("not to escape", "hard ceiling", "2000.000 ms",
                "any outcome but ESCAPED passes", "still running");
    }

    @Test
    @DisplayName("prints durations in milliseconds, never as ISO-8601 (PT0.1S)")
    void durationsInMillis() {
        List<Throwable> errors = List.of(
                catchThrowable(() -> assertThat(preempted(101)).withinMillis(5)),
                catchThrowable(() -> assertThat(preempted(101)).within(5, TimeUnit.MILLISECONDS)),
                catchThrowable(() -> assertThat(preempted(101)).isCompleted()),
                catchThrowable(() -> assertThat(of(OutcomeKind.ESCAPED)).isNotEscaped()),
                catchThrowable(() -> assertThat(preempted(101)).isTrappedWith(TrapKind.HOST)));
        for (Throwable e : errors) {
            assertThat(e).isInstanceOf(AssertionError.class);
            assertThat(e.getMessage()).contains(" ms").doesNotContainPattern("PT[0-9.]+S");
        }
    }

    @Test
    @DisplayName("OUTCOME narrows an Object with asInstanceOf")
    void instanceOfFactory() {
        Object value = preempted(2);
        org.assertj.core.api.Assertions.assertThat(value).asInstanceOf(OUTCOME).isPreempted().withinMillis(5);
        Object text = "not an outcome";
        assertThatThrownBy(() -> org.assertj.core.api.Assertions.assertThat(text).asInstanceOf(OUTCOME).isPreempted())
                .isInstanceOf(AssertionError.class).hasMessageContaining(Outcome.class.getName());
        assertThatThrownBy(() -> org.assertj.core.api.Assertions.assertThat(value).asInstanceOf(OUTCOME).isCompleted())
                .hasMessage(ShouldHaveOutcome.shouldHaveOutcome(preempted(2), OutcomeKind.COMPLETED).create());
    }

    @Test
    @DisplayName("reports the wrong kind with runtime, actual outcome and limits")
    void wrongKind() {
        Outcome actual = completed(42);
        AssertionError error = (AssertionError) catchThrowable(() -> assertThat(actual).isPreempted());
        assertThat(error).hasMessage(ShouldHaveOutcome.shouldHaveOutcome(actual, OutcomeKind.PREEMPTED).create());
        assertThat(error.getMessage()).contains("chicory-interpreter", "PREEMPTED", "COMPLETED", "deadline=100ms");
    }

    @Test
    @DisplayName("reports a late preemption with the bound and the latency")
    void late() {
        Outcome actual = preempted(30);
        AssertionError error = (AssertionError) catchThrowable(() -> assertThat(actual).isPreempted().withinMillis(5));
        assertThat(error).hasMessage(ShouldBePreemptedWithin
                .shouldBePreemptedWithin(actual, Duration.ofMillis(5), Duration.ofMillis(30)).create());
        assertThat(error.getMessage()).contains("5.000 ms", "30.000 ms");
    }

    @Test
    @DisplayName("reports wrong values, fuel and traps")
    void valuesFuelTraps() {
        Outcome actual = completed(41);
        assertThatThrownBy(() -> assertThat(actual).isCompletedWith(42))
                .hasMessage(ShouldHaveCompletedWith.shouldHaveCompletedWith(actual, new long[] {42}).create());
        assertThatThrownBy(() -> assertThat(actual).hasConsumedFuelAtMost(10))
                .hasMessage(ShouldHaveConsumedFuel.shouldHaveConsumedFuelAtMost(actual, 10).create());
        assertThatThrownBy(() -> assertThat(preempted(1)).hasConsumedFuel(10))
                .hasMessageContaining("nothing measured: fuel was not metered");
        assertThatThrownBy(() -> assertThat(actual).isTrappedWith("unreachable"))
                .hasMessage(ShouldHaveTrappedWith.shouldHaveTrappedWith(actual, "unreachable").create());
    }

    @Test
    @DisplayName("collects soft failures")
    void soft() {
        WasmSoftAssertions softly = new WasmSoftAssertions();
        softly.assertThat(completed(1)).isPreempted();
        softly.assertThat(preempted(1)).isCompleted();
        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    @DisplayName("assertSoftly reports every failure together, and nothing when all pass")
    void assertSoftly() {
        WasmAssertions.assertSoftly(softly -> {
            softly.assertThat(preempted(1)).isPreempted().withinMillis(5);
            softly.assertThat(completed(1)).isCompletedWith(1);
        });
        Throwable error = catchThrowable(() -> WasmSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(completed(1)).isPreempted();
            softly.assertThat(preempted(1)).isOutOfFuel();
        }));
        assertThat(error).isInstanceOf(AssertionError.class).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining(ShouldHaveOutcome.shouldHaveOutcome(completed(1), OutcomeKind.PREEMPTED).create()
                        .strip());
    }
}
