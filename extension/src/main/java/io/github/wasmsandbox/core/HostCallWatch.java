package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.spi.GuestControl;
import java.util.List;

/**
 * Wraps every host function of a run so that the core knows, on every runtime, when the stop request ended a host
 * call: the function threw {@link InterruptedException} (in any wrapping), or returned with its thread's interrupt
 * status set after the stop was requested. That is the evidence that makes such a run PREEMPTED rather than
 * COMPLETED or TRAPPED. The functions' behaviour is unchanged.
 */
final class HostCallWatch {

    private HostCallWatch() {}

    static Invocation wrap(Invocation invocation, GuestControl control) {
        List<HostFunction> watched = invocation.hostFunctions().stream().map(f -> watch(f, control)).toList();
        return new Invocation(invocation.module(), invocation.export(), invocation.args(), watched);
    }

    private static HostFunction watch(HostFunction f, GuestControl control) {
        return HostFunction.of(f.module(), f.name(), f.params(), f.results(), args -> {
            try {
                long[] results = f.handler().apply(args);
                if (control.preempted() && Thread.currentThread().isInterrupted()) {
                    control.recordInterruptedHostCall();
                }
                return results;
            } catch (Exception | Error e) {
                if (control.preempted() && (Thread.currentThread().isInterrupted()
                        || OutcomeFactory.causedBy(e, InterruptedException.class))) {
                    control.recordInterruptedHostCall();
                }
                throw e;
            }
        });
    }
}
