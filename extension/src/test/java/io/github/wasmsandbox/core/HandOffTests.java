package io.github.wasmsandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The spin's verdicts are pinned on a clock the test advances itself, so that a descheduled test thread (a loaded
 * machine) cannot turn "saw the condition" into "gave up".
 */
@DisplayName("the spin before a hand-off parks")
class HandOffTests {

    @Test
    @DisplayName("returns as soon as the condition holds, having checked it once")
    void conditionAlreadyHolds() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(HandOff.spinUntil(() -> checks.incrementAndGet() > 0, HandOff.SPIN_NANOS, () -> 0)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    @DisplayName("sees a condition that becomes true while it spins")
    void conditionBecomesTrue() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(HandOff.spinUntil(() -> checks.incrementAndGet() >= 3, Long.MAX_VALUE, () -> 0)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    @DisplayName("spins no longer than SPIN_NANOS, however long the caller may wait, and checks once more at the end")
    void boundedBySpinNanos() {
        AtomicLong now = new AtomicLong();
        AtomicInteger checks = new AtomicInteger();
        boolean seen = HandOff.spinUntil(() -> {
            checks.incrementAndGet();
            return false;
        }, Long.MAX_VALUE, () -> now.getAndAdd(HandOff.SPIN_NANOS / 4));
        assertThat(seen).isFalse();
        assertThat(now.get()).isEqualTo(HandOff.SPIN_NANOS / 4 * 5);
        assertThat(checks).hasValue(5);
    }

    @Test
    @DisplayName("gives up (so that the caller parks) when the condition never holds, even with no time to wait")
    void givesUp() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(HandOff.spinUntil(() -> checks.incrementAndGet() < 0, 0, () -> 0)).isFalse();
        assertThat(checks).hasValue(2);
        assertThat(HandOff.spinUntil(() -> false, HandOff.SPIN_NANOS)).isFalse();
    }
}
