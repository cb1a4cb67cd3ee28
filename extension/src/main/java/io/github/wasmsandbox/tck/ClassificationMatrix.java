package io.github.wasmsandbox.tck;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostImport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The classification matrix every adapter is held to: each cause that can end a run, crossed with each state the
 * guest can leave behind, must be reported as the cause ({@link OutcomeKind}'s decision table). A state never
 * decides the outcome: a trap with memory sitting at its cap is TRAPPED, a deadline that stops a guest whose
 * table is full is PREEMPTED.
 */
final class ClassificationMatrix {

    /** A cause that ends a run: the body of {@code $cause}, the limits that make it stop, the outcome it must give. */
    enum Cause {
        DEADLINE_IN_LOOP("(loop $l br $l)", OutcomeKind.PREEMPTED),
        DEADLINE_IN_HOST_CALL("call $block", OutcomeKind.PREEMPTED),
        FUEL("(loop $l br $l)", OutcomeKind.OUT_OF_FUEL),
        STACK("call $cause", OutcomeKind.STACK_EXHAUSTED),
        CALL_DEPTH("call $cause", OutcomeKind.STACK_EXHAUSTED),
        DENIED_GROW_THEN_TRAP("(drop (memory.grow (i32.const 1))) (drop (table.grow $t (ref.null func) (i32.const 1)))"
                + " unreachable", OutcomeKind.MEMORY_LIMIT),
        UNRELATED_TRAP("(drop (i32.div_s (i32.const 1) (i32.const 0)))", OutcomeKind.TRAPPED);

        private final String body;
        private final OutcomeKind expected;

        Cause(String body, OutcomeKind expected) {
            this.body = body;
            this.expected = expected;
        }

        OutcomeKind expected() {
            return expected;
        }

        SandboxLimits.Builder limits(SandboxLimits.Builder b) {
            return switch (this) {
                case DEADLINE_IN_LOOP, DEADLINE_IN_HOST_CALL -> b.deadline(Duration.ofMillis(100));
                case FUEL -> b.fuel(100_000).deadline(Duration.ofSeconds(10));
                case CALL_DEPTH -> b.maxCallDepth(200).deadline(Duration.ofSeconds(10));
                default -> b.deadline(Duration.ofSeconds(10));
            };
        }
    }

    /** What the guest has done to its memory, table and fuel when the cause strikes, and where the cause runs. */
    enum State {
        PLAIN, MEMORY_AT_CAP, TABLE_AT_CAP, FUEL_METERED, IN_START_FUNCTION
    }

    /** One cell: a cause in a state. */
    record Cell(Cause cause, State state) {
        String name() {
            return cause.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " with "
                    + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /**
         * The module: one page of memory and one table element, capped at exactly that, so a memory or table "at
         * its cap" is the normal state and only a grow attempt is refused; the cause runs from the export or the
         * start function.
         */
        Invocation invocation() {
            String memory = state == State.MEMORY_AT_CAP ? "(memory 4)" : "(memory 1)";
            String table = state == State.TABLE_AT_CAP ? "(table $t 8 funcref)" : "(table $t 1 funcref)";
            String start = state == State.IN_START_FUNCTION ? "(start $cause)" : "";
            String wat = "(module (import \"env\" \"block\" (func $block)) " + memory + " " + table
                    + " (func $cause " + cause.body + ") " + start
                    + (state == State.IN_START_FUNCTION ? "" : " (func (export \"run\") call $cause)") + ")";
            GuestModule module = GuestModule.ofWat(name().replace(' ', '-') + ".wat", wat);
            Invocation invocation = Invocation.of(module).withHost(FixtureHost.function(HostImport.BLOCK));
            return state == State.IN_START_FUNCTION ? invocation.instantiateOnly() : invocation.call("run");
        }

        SandboxLimits limits() {
            SandboxLimits.Builder b = cause.limits(SandboxLimits.builder());
            int pages = state == State.MEMORY_AT_CAP ? 4 : 1;
            int elements = state == State.TABLE_AT_CAP ? 8 : 1;
            b.maxMemoryPages(pages).maxTableElements(elements);
            if (state == State.FUEL_METERED && cause != Cause.FUEL) {
                b.fuel(Long.MAX_VALUE / 2);
            }
            return b.build();
        }
    }

    private ClassificationMatrix() {}

    /** Every cell: each cause in each state. */
    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Cause cause : Cause.values()) {
            for (State state : State.values()) {
                cells.add(new Cell(cause, state));
            }
        }
        return cells;
    }
}
