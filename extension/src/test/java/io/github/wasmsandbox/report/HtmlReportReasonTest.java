package io.github.wasmsandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("report.html reasons")
class HtmlReportReasonTest {

    private static Outcome outcome(String runtime, OutcomeKind kind, String message) {
        return new Outcome(runtime, kind, null, Duration.ofMillis(12), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), message, Optional.empty(), SandboxLimits.NONE);
    }

    private static ConformanceRow row(String name, String runtime, OutcomeKind kind, String message, RowStatus status,
                                      Optional<String> note) {
        return new ConformanceRow(name, runtime, Set.of(OutcomeKind.PREEMPTED), Set.of(OutcomeKind.PREEMPTED),
                outcome(runtime, kind, message), status, note);
    }

    private static final ConformanceReport REPORT = new ConformanceReport(List.of(
            row("spin", "rt-a", OutcomeKind.PREEMPTED, "stopped", RowStatus.PASS, Optional.empty()),
            row("spin", "rt-b", OutcomeKind.TRAPPED, "wasm trap: <unreachable> & more", RowStatus.FAIL,
                    Optional.of("expected PREEMPTED: wasm trap: <unreachable> & more")),
            row("quiet", "rt-a", OutcomeKind.COMPLETED, "", RowStatus.FAIL, Optional.of("expected PREEMPTED: ")),
            row("quiet", "rt-b", OutcomeKind.UNSUPPORTED, "", RowStatus.UNSUPPORTED, Optional.of(""))),
            List.of("rt-a", "rt-b"), Instant.parse("2026-11-24T15:00:00Z"), "Linux amd64, 2 cores", "OpenJDK 17",
            Duration.ofSeconds(1));

    /** The visible reasons of the rows table, in order. */
    private static List<String> reasons(String html) {
        Matcher m = Pattern.compile("<small class=\"reason\">([^<]*)</small>").matcher(html);
        List<String> reasons = new java.util.ArrayList<>();
        while (m.find()) {
            reasons.add(m.group(1));
        }
        return reasons;
    }

    @Test
    @DisplayName("shows each failure's reason in its cell, not only in the tooltip")
    void visible() {
        String html = HtmlReport.of(REPORT);
        assertThat(html).contains("<small class=\"reason\">expected PREEMPTED: wasm trap: &lt;unreachable&gt; &amp; more"
                + "</small></td>");
        assertThat(reasons(html)).as("one per row that is not a plain pass").hasSize(3);
    }

    @Test
    @DisplayName("never shows an empty reason: a blank note is completed by the outcome's summary")
    void neverEmpty() {
        String html = HtmlReport.of(REPORT);
        assertThat(reasons(html)).allSatisfy(r -> assertThat(r).isNotBlank().doesNotEndWith(":"));
        assertThat(html).contains("expected PREEMPTED: COMPLETED on rt-a after 12.000 ms")
                .contains("unsupported: UNSUPPORTED on rt-b after 12.000 ms");
        assertThat(html).doesNotContain("title=\"\"");
    }
}
