package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ExportFunction;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rough cost of metering on a tight loop on the Chicory compiler (System.nanoTime, best of a few runs).
 * Only prints and records the ratio in target/rewrite-overhead.txt; asserts equal results, never timings.
 */
@DisplayName("metering overhead (rough, recorded only)")
class OverheadTest {

    static final String LOOP = """
            (module
              (func (export "sum") (param $n i64) (result i64) (local $i i64) (local $acc i64)
                loop $l
                  local.get $acc
                  local.get $i
                  i64.xor
                  local.get $i
                  i64.add
                  local.set $acc
                  local.get $i
                  i64.const 1
                  i64.add
                  local.tee $i
                  local.get $n
                  i64.lt_u
                  br_if $l
                end
                local.get $acc))
            """;

    @Test
    void tightLoopOnCompiler() throws IOException {
        long n = 20_000_000;
        byte[] original = wat(LOOP);
        ExportFunction plain = instantiate(original, Engine.COMPILER).export("sum");
        ExportFunction metered = instantiate(Guest.metered(original, Long.MAX_VALUE), Engine.COMPILER).export("sum");
        long bestPlain = Long.MAX_VALUE;
        long bestMetered = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long a = plain.apply(n)[0];
            long t1 = System.nanoTime();
            long b = metered.apply(n)[0];
            long t2 = System.nanoTime();
            assertThat(b).isEqualTo(a);
            bestPlain = Math.min(bestPlain, t1 - t0);
            bestMetered = Math.min(bestMetered, t2 - t1);
        }
        String line = String.format("tight loop, %d iterations, Chicory compiler: original %.1f ms, metered %.1f ms,"
                + " ratio %.2fx%n", n, bestPlain / 1e6, bestMetered / 1e6, (double) bestMetered / bestPlain);
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "rewrite-overhead.txt"), line, StandardCharsets.UTF_8);
    }
}
