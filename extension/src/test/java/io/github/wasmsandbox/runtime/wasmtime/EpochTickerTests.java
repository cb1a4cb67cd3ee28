package io.github.wasmsandbox.runtime.wasmtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The epoch clock on a fake clock, its thread not started: the epoch counts exactly the ticks that have passed,
 * whoever advances it and however late.
 */
@DisplayName("The wasmtime epoch clock")
class EpochTickerTests {

    private static final long TICK = Duration.ofMillis(1).toNanos();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicLong epoch = new AtomicLong();

    private EpochTicker ticker() {
        return new EpochTicker(epoch::incrementAndGet, Duration.ofMillis(1), "test-ticker", now::get, true);
    }

    @Test
    @DisplayName("an advance late by many ticks counts every one of them (a starved ticker does not stretch a deadline)")
    void countsEveryTickThatPassed() {
        EpochTicker ticker = ticker();
        now.addAndGet(100 * TICK + TICK / 2);
        assertThat(ticker.catchUp()).isEqualTo(100);
        assertThat(epoch.get()).isEqualTo(100);
    }

    @Test
    @DisplayName("never counts a tick still to come, so no store traps before its deadline")
    void neverAhead() {
        EpochTicker ticker = ticker();
        now.addAndGet(TICK - 1);
        assertThat(ticker.catchUp()).isZero();
        now.addAndGet(1);
        assertThat(ticker.catchUp()).isEqualTo(1);
        assertThat(ticker.catchUp()).isZero();
        assertThat(epoch.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("the deadline in ticks is reached exactly when the clock reaches the deadline's tick")
    void deadlineReachedOnTime() {
        EpochTicker ticker = ticker();
        long deadline = now.get() + 20 * TICK + TICK / 3;
        long ticks = ticker.ticksUntil(deadline);
        long armedAt = epoch.get();
        now.set(deadline - 1);
        ticker.catchUp();
        assertThat(epoch.get() - armedAt).isLessThan(ticks);
        now.addAndGet(TICK);
        ticker.catchUp();
        assertThat(epoch.get() - armedAt).isEqualTo(ticks);
    }

    @Test
    @DisplayName("after close nothing increments the epoch (the engine may be disposed)")
    void closedDoesNothing() {
        EpochTicker ticker = ticker();
        ticker.close();
        now.addAndGet(10 * TICK);
        assertThat(ticker.catchUp()).isZero();
        assertThat(epoch.get()).isZero();
    }
}
