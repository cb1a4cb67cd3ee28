package io.github.wasmsandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SandboxStore")
class SandboxStoreTests {

    @Test
    @DisplayName("writes a report entry's durations as milliseconds with three decimals, rounded half up")
    void milliseconds() {
        assertThat(SandboxStore.ms(0)).isEqualTo("0.000");
        assertThat(SandboxStore.ms(499)).isEqualTo("0.000");
        assertThat(SandboxStore.ms(500)).isEqualTo("0.001");
        assertThat(SandboxStore.ms(1_234_567)).isEqualTo("1.235");
        assertThat(SandboxStore.ms(20_000_000)).isEqualTo("20.000");
        assertThat(SandboxStore.ms(86_400_000_000_000L)).isEqualTo("86400000.000");
        assertThat(SandboxStore.ms(-1_500)).isEqualTo("-0.002");
    }

    @Test
    @DisplayName("writes the same text as String.format(\"%.3f\") did")
    void sameAsFormatter() {
        LongStream.concat(LongStream.rangeClosed(0, 3000), LongStream.of(999_499, 999_500, 1_000_499, 12_345_500,
                        987_654_321, 5_000_000_499L))
                .forEach(n -> assertThat(SandboxStore.ms(n)).as("%d ns", n)
                        .isEqualTo(String.format(Locale.ROOT, "%.3f", n / 1e6)));
    }
}
