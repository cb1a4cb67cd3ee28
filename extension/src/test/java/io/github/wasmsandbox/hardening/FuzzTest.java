package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.rewrite.ModuleRewriteException;
import io.github.wasmsandbox.rewrite.ModuleRewriter;
import io.github.wasmsandbox.rewrite.RewriteOptions;
import io.github.wasmsandbox.wat.WatSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Feeds truncated, bit-flipped and random modules, and mutated WAT, through loading, rewriting and running on
 * every runtime. Each case must end in a clear error (a documented exception type with a message) or a
 * classified outcome that is not ESCAPED: no NullPointerException, no other exception, no hang, no crash.
 * Seeded and reproducible: {@code -Dwasm.sandbox.fuzz.seed=S -Dwasm.sandbox.fuzz.cases=N} (the default build runs
 * 300 cases; the {@code hardening} profile, which CI runs, 10,000). A failure names the seed and the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Fuzzing loading, rewriting and running")
class FuzzTest {

    /** Guests run with fuel, so that every loop a mutation creates ends deterministically, and a deadline. */
    static final SandboxLimits LIMITS = SandboxLimits.builder().fuel(200_000).deadlineMillis(200)
            .maxMemoryPages(64).maxTableElements(10_000).build();

    private final Map<String, Sandbox> sandboxes = new LinkedHashMap<>();
    private final Map<String, Integer> tally = new LinkedHashMap<>();

    @BeforeAll
    void open() {
        for (String runtime : Sandboxes.availableRuntimes()) {
            sandboxes.put(runtime, Sandboxes.open(runtime, LIMITS));
        }
    }

    @AfterAll
    void close() {
        sandboxes.values().forEach(Sandbox::close);
        System.out.println("fuzz tally: " + tally);
    }

    @Test
    @DisplayName("every mutated module or WAT ends in a clear error or a classified outcome")
    void fuzz() {
        long seed = Long.getLong("wasm.sandbox.fuzz.seed", 20261124L);
        int cases = Integer.getInteger("wasm.sandbox.fuzz.cases", 300);
        SplittableRandom random = new SplittableRandom(seed);
        HostileFixture[] fixtures = HostileFixture.values();
        for (int i = 0; i < cases; i++) {
            HostileFixture base = fixtures[random.nextInt(fixtures.length)];
            int kind = random.nextInt(4);
            String what = "seed " + seed + ", case " + i + " (" + base.id() + ", "
                    + List.of("truncated", "bit-flipped", "random bytes", "mutated WAT").get(kind) + ")";
            try {
                runCase(kind, base, random);
            } catch (AssertionError e) {
                throw new AssertionError(what + ": " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                fail(what + " threw " + e, e);
            }
        }
        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    private void runCase(int kind, HostileFixture base, SplittableRandom random) {
        GuestModule module;
        switch (kind) {
            case 0 -> module = GuestModule.ofWasm("truncated", truncate(base.bytes(), random));
            case 1 -> module = GuestModule.ofWasm("flipped", flip(base.bytes(), random));
            case 2 -> module = GuestModule.ofWasm("random", randomModule(random));
            default -> {
                try {
                    module = GuestModule.ofWat("mutated.wat", mutate(base.wat(), random));
                } catch (WatSyntaxException e) {
                    assertThat(e.getMessage()).as("WAT error message").isNotBlank();
                    count("WAT error");
                    return;
                }
            }
        }
        try {
            ModuleRewriter.rewrite(module.bytes(), RewriteOptions.builder().fuel(1000).maxMemoryPages(16).build());
            count("rewritten");
        } catch (ModuleRewriteException e) {
            assertThat(e.getMessage()).as("rewrite error message").isNotBlank();
            count("rewrite refused");
        }
        for (Map.Entry<String, Sandbox> s : sandboxes.entrySet()) {
            Outcome outcome;
            try {
                outcome = s.getValue().run(invocation(module, base));
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as("misuse message").contains("argument(s)");
                count("argument count refused");
                continue;
            }
            assertThat(outcome.kind()).as("outcome on %s: %s", s.getKey(), outcome).isNotEqualTo(OutcomeKind.ESCAPED);
            if (outcome.kind() != OutcomeKind.COMPLETED) {
                assertThat(outcome.message()).as("message of %s on %s", outcome.kind(), s.getKey()).isNotBlank();
            }
            count(outcome.kind().name());
        }
    }

    /** Calls the base fixture's export, or only instantiates when the fixture has none. */
    private static Invocation invocation(GuestModule module, HostileFixture base) {
        Invocation invocation = Invocation.of(module).withHost(Invocation.of(base).hostFunctions()
                .toArray(io.github.wasmsandbox.api.HostFunction[]::new));
        return base.export().map(invocation::call).orElse(invocation);
    }

    private void count(String key) {
        tally.merge(key, 1, Integer::sum);
    }

    private static byte[] truncate(byte[] wasm, SplittableRandom random) {
        byte[] copy = new byte[random.nextInt(wasm.length)];
        System.arraycopy(wasm, 0, copy, 0, copy.length);
        return copy;
    }

    private static byte[] flip(byte[] wasm, SplittableRandom random) {
        byte[] copy = wasm.clone();
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips; f++) {
            int at = 8 + random.nextInt(Math.max(1, copy.length - 8));
            if (at < copy.length) {
                copy[at] ^= (byte) (1 << random.nextInt(8));
            }
        }
        return copy;
    }

    private static byte[] randomModule(SplittableRandom random) {
        byte[] bytes = new byte[8 + random.nextInt(200)];
        random.nextBytes(bytes);
        System.arraycopy(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 0, bytes, 0, 8);
        return bytes;
    }

    private static final List<String> TOKENS = List.of("(loop (br 0))", "i32.const 1", "drop", "(nop)", "unreachable",
            "(block", ")", "br_if 0", "call 0", "memory.grow", "i64.const -1", "local.get 0");

    private static String mutate(String wat, SplittableRandom random) {
        StringBuilder b = new StringBuilder(wat);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length() + 1);
            if (random.nextBoolean() && b.length() > 0) {
                int end = Math.min(b.length(), at + 1 + random.nextInt(8));
                b.delete(Math.min(at, b.length()), end);
            } else {
                b.insert(Math.min(at, b.length()), " " + TOKENS.get(random.nextInt(TOKENS.size())) + " ");
            }
        }
        return b.toString();
    }
}
