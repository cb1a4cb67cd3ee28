package io.github.wasmsandbox.cli;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.outcome.OutcomeKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Minimal conformance: built-in catalog only, table on stdout, report.json. Status: pass / FAIL / unsupported / known-deviation (a
 * {@link io.github.wasmsandbox.fixtures.KnownDeviation} the catalog documents; not a failure). */
final class CatalogConformance {

    private CatalogConformance() {}

    static int run(List<String> runtimes, Path outDir, PrintStream out, PrintStream err) throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        boolean failed = false;
        out.printf("%-32s %-20s %-12s %-12s %s%n", "fixture", "runtime", "outcome", "latency/fuel", "status");
        HostileFixture[] all = HostileFixture.values();
        int n = 0;
        for (String runtime : runtimes) {
            for (HostileFixture f : all) {
                err.printf("[%d/%d] %s on %s%n", ++n, all.length * runtimes.size(), f.id(), runtime);
                Outcome o;
                try (Sandbox s = Sandboxes.open(runtime, SandboxLimits.forFixture(f))) {
                    o = s.run(Invocation.of(f));
                }
                OutcomeKind expected = f.expectedOutcome();
                OutcomeKind onRuntime = f.expectedOutcomeOn(runtime);
                String status = o.kind() == expected ? "pass"
                        : o.kind() == OutcomeKind.UNSUPPORTED ? "unsupported"
                        : o.kind() == onRuntime ? "known-deviation" : "FAIL";
                failed |= status.equals("FAIL");
                String metric = o.latency().map(d -> d.toMillis() + " ms")
                        .orElse(o.fuelConsumed().isPresent() ? o.fuelConsumed().getAsLong() + " fuel" : "-");
                out.printf("%-32s %-20s %-12s %-12s %s%n", f.id(), runtime, o.kind(), metric, status);
                if (json.length() > 2) {
                    json.append(",\n");
                }
                json.append("  {\"fixture\":").append(Main.str(f.id()))
                        .append(",\"runtime\":").append(Main.str(runtime))
                        .append(",\"expected\":[").append(Main.str(expected.name())).append(']')
                        .append(",\"outcome\":").append(Main.str(o.kind().name()))
                        .append(",\"pass\":").append(status.equals("pass"))
                        .append(",\"status\":").append(Main.str(status))
                        .append(",\"elapsedMs\":").append(o.elapsed().toMillis())
                        .append(",\"latencyMs\":").append(o.latency().map(d -> Long.toString(d.toMillis())).orElse("null"))
                        .append(",\"fuelConsumed\":").append(o.fuelConsumed().isPresent()
                                ? Long.toString(o.fuelConsumed().getAsLong()) : "null")
                        .append('}');
            }
        }
        json.append("\n]\n");
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("report.json"), json.toString());
        return failed ? 1 : 0;
    }
}
