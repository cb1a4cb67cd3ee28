package io.github.wasmsandbox.report;

import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.FixtureCatalogDoc;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.List;

/** {@code docs/fixtures.md}: the catalog, with the known deviations of every registered runtime adapter. */
final class CatalogDoc {

    private CatalogDoc() {}

    static String render() {
        return FixtureCatalogDoc.render(deviationTable(RuntimeRegistry.discover().all()));
    }

    /** The deviations of {@code runtimes} as a Markdown table, in runtime order. */
    static String deviationTable(List<SandboxRuntime> runtimes) {
        StringBuilder md = new StringBuilder("| fixture | runtime | actual outcome | attribution | why | reference |\n")
                .append("|---|---|---|---|---|---|\n");
        for (SandboxRuntime runtime : runtimes) {
            for (KnownDeviation d : runtime.knownDeviations()) {
                md.append("| `").append(d.fixtureId()).append("` | ").append(runtime.name()).append(" | ")
                        .append(d.outcome()).append(" | ").append(attribution(d.attribution())).append(" | ")
                        .append(cell(d.reason())).append(" | ").append(cell(d.reference())).append(" |\n");
            }
        }
        return md.toString();
    }

    static String attribution(KnownDeviation.Attribution attribution) {
        return switch (attribution) {
            case RUNTIME_FAULT -> "runtime fault";
            case RUNTIME_LIMITATION -> "runtime limitation";
            case SANDBOX_LIMITATION -> "wasm-sandbox limitation";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
