package io.github.wasmsandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SandboxLimits")
class SandboxLimitsTests {

    @Test
    @DisplayName("derives the hard ceiling as five times the deadline, at least two seconds, exactly to the nanosecond")
    void derivedHardCeiling() {
        assertThat(ceiling(Duration.ofMillis(1000))).isEqualTo(Duration.ofMillis(5000));
        assertThat(ceiling(Duration.ofMillis(100))).isEqualTo(Duration.ofSeconds(2));
        assertThat(ceiling(Duration.ofMillis(400))).isEqualTo(Duration.ofSeconds(2));
        assertThat(ceiling(Duration.ofSeconds(3, 123_456_789))).isEqualTo(Duration.ofSeconds(15, 617_283_945));
        assertThat(ceiling(Duration.ofDays(365 * 100))).isEqualTo(Duration.ofDays(365 * 500));
        assertThat(ceiling(Duration.ofSeconds(Long.MAX_VALUE / 10))).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE / 10 * 5));
    }

    @Test
    @DisplayName("takes an explicit hard ceiling as it is, and the default one without a deadline")
    void explicitAndDefaultHardCeiling() {
        assertThat(SandboxLimits.builder().deadlineMillis(1000).hardCeiling(Duration.ofMillis(1500)).build()
                .effectiveHardCeiling()).isEqualTo(Duration.ofMillis(1500));
        assertThat(SandboxLimits.builder().noDeadline().build().effectiveHardCeiling())
                .isEqualTo(SandboxLimits.DEFAULT_HARD_CEILING);
    }

    private static Duration ceiling(Duration deadline) {
        return SandboxLimits.builder().deadline(deadline).build().effectiveHardCeiling();
    }
}
