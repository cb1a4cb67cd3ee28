package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.assertions.error.ShouldHaveTrappedWith;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("TrapKind")
class TrapKindTests {

    private static final SandboxLimits LIMITS = SandboxLimits.builder().deadlineMillis(5_000).build();

    /** One module per trap kind; each traps at once in its {@code run} export. */
    enum TrapCase {
        UNREACHABLE(TrapKind.UNREACHABLE, "(module (func (export \"run\") unreachable))"),
        DIVIDE_BY_ZERO(TrapKind.INTEGER_DIVIDE_BY_ZERO,
                "(module (func (export \"run\") (result i32) i32.const 1 i32.const 0 i32.div_s))"),
        OVERFLOW(TrapKind.INTEGER_OVERFLOW,
                "(module (func (export \"run\") (result i32) i32.const -2147483648 i32.const -1 i32.div_s))"),
        MEMORY(TrapKind.OUT_OF_BOUNDS_MEMORY,
                "(module (memory 1) (func (export \"run\") (result i32) i32.const 70000 i32.load))"),
        TABLE(TrapKind.OUT_OF_BOUNDS_TABLE,
                "(module (type $t (func)) (table 1 funcref) (func (export \"run\") i32.const 5 call_indirect (type $t)))"),
        TYPE_MISMATCH(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, "(module (type $t (func (result i32))) (func $f)"
                + " (table funcref (elem $f)) (func (export \"run\") (result i32) i32.const 0 call_indirect (type $t)))"),
        UNINITIALIZED(TrapKind.UNINITIALIZED_ELEMENT,
                "(module (type $t (func)) (table 2 funcref) (func (export \"run\") i32.const 1 call_indirect (type $t)))");

        final TrapKind kind;
        final String wat;

        TrapCase(TrapKind kind, String wat) {
            this.kind = kind;
            this.wat = wat;
        }
    }

    static Stream<Arguments> everyRuntimeAndTrap() {
        List<Arguments> arguments = new ArrayList<>();
        for (String runtime : Sandboxes.availableRuntimes()) {
            for (TrapCase c : TrapCase.values()) {
                arguments.add(Arguments.of(runtime, c));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyRuntimeAndTrap")
    @DisplayName("names the same kind for the same trap on every runtime")
    void portableAcrossRuntimes(String runtime, TrapCase c) {
        Outcome outcome;
        try (Sandbox sandbox = Sandboxes.open(runtime, LIMITS)) {
            outcome = sandbox.run(Invocation.of(GuestModule.ofWat(c.name().toLowerCase(), c.wat)).call("run"));
        }
        assertThat(TrapKind.of(outcome)).as(outcome.summary()).contains(c.kind);
        assertThat(outcome).isTrapped().isTrappedWith(c.kind);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("runtimes")
    @DisplayName("names a failing host function HOST on every runtime")
    void host(String runtime) {
        Outcome outcome;
        try (Sandbox sandbox = Sandboxes.open(runtime, LIMITS)) {
            outcome = sandbox.run(Invocation.of(HostileFixture.HOST_FAIL_LOOP));
        }
        assertThat(outcome).isTrappedWith(TrapKind.HOST);
    }

    static List<String> runtimes() {
        return Sandboxes.availableRuntimes();
    }

    @Test
    @DisplayName("classifies each runtime's wording")
    void wording() {
        assertThat(TrapKind.classify("trapped on unreachable instruction", "Trapped on unreachable instruction"))
                .isEqualTo(TrapKind.UNREACHABLE);
        assertThat(TrapKind.classify("integer divide by zero", "")).isEqualTo(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        assertThat(TrapKind.classify("out of bounds memory access", "")).isEqualTo(TrapKind.OUT_OF_BOUNDS_MEMORY);
        assertThat(TrapKind.classify("undefined element", "")).isEqualTo(TrapKind.OUT_OF_BOUNDS_TABLE);
        assertThat(TrapKind.classify("uninitialized element 1", "")).isEqualTo(TrapKind.UNINITIALIZED_ELEMENT);
        assertThat(TrapKind.classify("host", "unreachable")).as("a host failure, whatever it says").isEqualTo(TrapKind.HOST);
        assertThat(TrapKind.classify("RuntimeException", "integer overflow")).as("falls back to the message")
                .isEqualTo(TrapKind.INTEGER_OVERFLOW);
        assertThat(TrapKind.classify("something new", "")).isEqualTo(TrapKind.OTHER);
    }

    @Test
    @DisplayName("is empty for an outcome that records no trap")
    void noTrap() {
        Outcome completed = new Outcome("wasmtime", OutcomeKind.COMPLETED, new long[] {1}, Duration.ofMillis(1),
                Optional.empty(), OptionalLong.empty(), Optional.empty(), "", Optional.empty(), LIMITS);
        assertThat(TrapKind.of(completed)).isEmpty();
        assertThatThrownBy(() -> assertThat(completed).isTrappedWith(TrapKind.UNREACHABLE)).hasMessage(
                ShouldHaveTrappedWith.shouldHaveTrappedWithKind(completed, "UNREACHABLE", null).create());
    }

    @Test
    @DisplayName("reports the kind the trap had")
    void wrongKind() {
        Outcome trapped = new Outcome("wasmtime", OutcomeKind.TRAPPED, null, Duration.ofMillis(1), Optional.empty(),
                OptionalLong.empty(), Optional.of("integer divide by zero"), "wasm trap: integer divide by zero",
                Optional.empty(), LIMITS);
        AssertionError error = (AssertionError) org.assertj.core.api.Assertions.catchThrowable(
                () -> assertThat(trapped).isTrappedWith(TrapKind.UNREACHABLE));
        assertThat(error).hasMessage(ShouldHaveTrappedWith
                .shouldHaveTrappedWithKind(trapped, "UNREACHABLE", "INTEGER_DIVIDE_BY_ZERO").create());
        assertThat(error.getMessage()).contains("UNREACHABLE", "it trapped with the kind", "INTEGER_DIVIDE_BY_ZERO");
    }
}
