package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.core.EscapeDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of {@code assertPreemptedWithin}: the call did not return in time, it threw something
 * else than the accepted timeout, or it returned while a guest it started was still inside guest code (the
 * guest was abandoned, not stopped).
 *
 * <pre>{@code
 * assertPreemptedWithin(500, TimeoutException.class, () -> host.run(loopForever));        // passes: no message made
 * assertPreemptedWithin(500, TimeoutException.class, () -> naiveHost.run(loopForever));
 * // fails: "these threads were still inside guest code ... not Future.get(timeout) alone"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldNotLeaveGuestRunning extends BasicErrorMessageFactory {

    /** The advice for a guest left running. */
    public static final String BURNING_FIX = "The call returned to its caller while the guest kept running: stop the"
            + " guest on timeout (interrupt the guest thread / use the runtime's interruption, e.g. an epoch"
            + " deadline), not Future.get(timeout) alone, and wait until it has left guest code.";
    /** The advice for a guest left waiting inside a host function. */
    public static final String BLOCKED_FIX = "The call returned while the guest was still waiting inside a host"
            + " function it called: nobody stopped it, so it keeps its thread (and whatever it holds) forever. Make"
            + " the host function interruptible and interrupt the guest thread on timeout (Future.cancel(true)),"
            + " not Future.get(timeout) alone.";

    /**
     * The message for a call that did not return within {@code bound}.
     *
     * @param thread the name of the thread that ran the call
     * @param stack its stack when the bound passed
     * @param stopped whether that thread ended after it was interrupted
     */
    public static ErrorMessageFactory shouldReturnWithin(Duration bound, Duration waited, String thread,
                                                         List<StackTraceElement> stack, boolean stopped) {
        StringBuilder frames = new StringBuilder();
        stack.forEach(f -> frames.append("%n    at ").append(escape(f.getClassName() + "." + f.getMethodName())));
        return new ShouldNotLeaveGuestRunning("%nExpecting the call to return within:%n  %s%nbut it was still running"
                + " after:%n  %s%non thread '%s':" + frames + "%n%s",
                millis(bound), millis(waited), unquotedString(thread), unquotedString(stopped
                        ? "That thread was interrupted and has ended."
                        : "That thread was interrupted but is still running; it is left behind as a daemon thread."));
    }

    /** The message for a call that ended with {@code thrown}, which is not the accepted timeout exception. */
    public static ErrorMessageFactory shouldNotThrow(Class<? extends Throwable> accepted, Throwable thrown) {
        return new ShouldNotLeaveGuestRunning("%nExpecting the call to return%s,%nbut it threw:%n  %s",
                unquotedString(accepted == null ? "" : " or throw " + accepted.getName()),
                unquotedString(String.valueOf(thrown)));
    }

    /** The message for a call that returned (after {@code elapsed}) while {@code escapes} stayed in guest code. */
    public static ErrorMessageFactory shouldNotLeaveGuestRunning(Duration elapsed, Duration grace,
                                                                 List<EscapeDetector.Escape> escapes) {
        List<String> lines = new ArrayList<>();
        boolean burning = false;
        boolean blocked = false;
        for (EscapeDetector.Escape e : escapes) {
            lines.add("%n  - " + (e.kind() == EscapeDetector.Kind.BLOCKED ? "blocked: " : "running: ")
                    + escape(e.describe()));
            burning |= e.kind() == EscapeDetector.Kind.BURNING;
            blocked |= e.kind() == EscapeDetector.Kind.BLOCKED;
        }
        StringBuilder format = new StringBuilder("%nExpecting no guest to keep running once the call returned (after %s),"
                + "%nbut these threads were still inside guest code at the end of the %s that followed:");
        lines.forEach(format::append);
        if (burning) {
            format.append("%n").append(BURNING_FIX);
        }
        if (blocked) {
            format.append("%n").append(BLOCKED_FIX);
        }
        return new ShouldNotLeaveGuestRunning(format.toString(), millis(elapsed), millis(grace));
    }

    private static Object millis(Duration d) {
        return unquotedString(d.toMillis() + " ms");
    }

    /** Keeps {@code %} in free text out of the format. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }

    private ShouldNotLeaveGuestRunning(String format, Object... arguments) {
        super(format, arguments);
    }
}
