package io.github.wasmsandbox.assertions;

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

    @Test
    @DisplayName("passes on matching outcomes and chains")
    void passes() {
        assertThat(preempted(3)).isPreempted().withinMillis(5).within(3, TimeUnit.MILLISECONDS).didNotEscape();
        assertThat(completed(42)).isCompleted().completedWith(42).consumedFuel(17).consumedFuelAtMost(17);
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
        assertThatThrownBy(() -> assertThat(actual).completedWith(42))
                .hasMessage(ShouldHaveCompletedWith.shouldHaveCompletedWith(actual, new long[] {42}).create());
        assertThatThrownBy(() -> assertThat(actual).consumedFuelAtMost(10))
                .hasMessage(ShouldHaveConsumedFuel.shouldHaveConsumedFuelAtMost(actual, 10).create());
        assertThatThrownBy(() -> assertThat(preempted(1)).consumedFuel(10))
                .hasMessageContaining("nothing measured: fuel was not metered");
        assertThatThrownBy(() -> assertThat(actual).trappedWith("unreachable"))
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
}
