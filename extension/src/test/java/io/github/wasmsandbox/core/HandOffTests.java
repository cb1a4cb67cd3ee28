package io.github.wasmsandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the spin before a hand-off parks")
class HandOffTests {

    @Test
    @DisplayName("returns as soon as the condition holds, having checked it once")
    void conditionAlreadyHolds() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(HandOff.spinUntil(() -> checks.incrementAndGet() > 0, HandOff.SPIN_NANOS)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    @DisplayName("sees a condition that becomes true while it spins")
    void conditionBecomesTrue() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(HandOff.spinUntil(() -> checks.incrementAndGet() >= 3, Long.MAX_VALUE)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    @DisplayName("gives up (so that the caller parks) when the condition never holds, even with no time to wait")
    void givesUp() {
        assertThat(HandOff.spinUntil(() -> false, 0)).isFalse();
        assertThat(HandOff.spinUntil(() -> false, HandOff.SPIN_NANOS)).isFalse();
    }
}
