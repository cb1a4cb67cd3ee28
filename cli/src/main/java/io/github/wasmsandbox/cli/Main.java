package io.github.wasmsandbox.cli;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.report.ConformanceCase;
import io.github.wasmsandbox.report.ConformanceReport;
import io.github.wasmsandbox.report.ConformanceRunner;
import io.github.wasmsandbox.report.FixtureDirectory;
import io.github.wasmsandbox.report.HtmlReport;
import io.github.wasmsandbox.report.JsonReport;
import io.github.wasmsandbox.report.MarkdownReport;
import io.github.wasmsandbox.report.TextTable;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.wat.WatCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apiguardian.api.API;

/** Entry point. Runs the {@code run}, {@code conformance} and {@code instrument} subcommands. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Main {

    /** Exit code: ran, and the sandbox contained the guest (whatever the outcome); every conformance row passes. */
    static final int OK = 0;
    /** Exit code: at least one conformance row does not pass. */
    static final int FAILED = 1;
    /** Exit code: bad usage or bad input; one line on stderr. */
    static final int USAGE_ERROR = 2;
    /** Exit code of {@code run}: the guest was not contained in this JVM (ESCAPED), or its child JVM was KILLED or CRASHED. */
    static final int NOT_CONTAINED = 3;

    /** The outcomes {@code run} exits {@link #NOT_CONTAINED} for. */
    static final Set<OutcomeKind> UNCONTAINED = EnumSet.of(OutcomeKind.ESCAPED, OutcomeKind.KILLED, OutcomeKind.CRASHED);

    static final String USAGE = String.join("\n",
            "usage: wasm-sandbox <command> [options]",
            "  run [--runtime NAME] [--fuel N] [--deadline-ms N] [--max-memory-pages N] [--max-table-elements N] [--max-call-depth N]",
            "      [--invoke EXPORT|-] [--arg VALUE]... [--isolation in-process|process] [--verbose] FILE.wat|FILE.wasm",
            "  conformance [--runtime NAME]... [--fixtures DIR] [--out DIR] [--doc FILE.md] [--isolation in-process|process]",
            "  instrument [--fuel] [--max-memory-pages N] [--max-table-elements N] IN.wat|IN.wasm OUT.wasm",
            "  --version | --help",
            "exit codes: 0 ran (run: the guest was contained, whatever its outcome) / every row passes (conformance);",
            "  1 a conformance row does not pass; 2 bad usage or bad input; 3 run: ESCAPED, KILLED or CRASHED");

    /** Bad usage or bad input: exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = List.of(args).contains("--verbose");
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
                out.println(USAGE);
                return args.length == 0 ? USAGE_ERROR : OK;
            }
            if (args[0].equals("--version") || args[0].equals("-V")) {
                out.println("wasm-sandbox " + version());
                return OK;
            }
            switch (args[0]) {
                case "run":
                    return runCommand(args, out);
                case "conformance":
                    return conformance(args, out, err);
                case "instrument":
                    return instrument(args, out);
                default:
                    throw new UsageException("unknown command '" + args[0] + "'; try --help");
            }
        } catch (RuntimeException | java.io.IOException e) {
            err.println("error: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return USAGE_ERROR;
        }
    }

    /** The version of this build, from the filtered {@code version.properties}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the version: " + e.getMessage(), e);
        }
        return p.getProperty("version", "unknown");
    }

    private static int runCommand(String[] args, PrintStream out) {
        String runtime = Sandboxes.DEFAULT_RUNTIME;
        String invoke = "run";
        Isolation isolation = Isolation.IN_PROCESS;
        SandboxLimits.Builder limits = SandboxLimits.builder().deadlineMillis(1000);
        String file = null;
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--verbose": break;
                case "--help": out.println(USAGE); return OK;
                case "--runtime": runtime = value(args, ++i, a); break;
                case "--invoke": invoke = value(args, ++i, a); break;
                case "--arg": arguments.add(value(args, ++i, a)); break;
                case "--isolation": isolation = isolation(value(args, ++i, a)); break;
                case "--fuel": limits.fuel(number(args, ++i, a)); break;
                case "--deadline-ms": limits.deadlineMillis(number(args, ++i, a)); break;
                case "--max-memory-pages": limits.maxMemoryPages((int) number(args, ++i, a)); break;
                case "--max-table-elements": limits.maxTableElements((int) number(args, ++i, a)); break;
                case "--max-call-depth": limits.maxCallDepth((int) number(args, ++i, a)); break;
                default:
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageException("only one module file expected, got " + file + " and " + a);
                    }
                    file = a;
            }
        }
        if (file == null) {
            throw new UsageException("run: missing FILE.wat|FILE.wasm");
        }
        requireRuntime(runtime);
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(file + ": no such file");
        }
        GuestModule module = GuestModule.fromFile(path);
        Invocation inv = Invocation.of(module);
        List<String> results = List.of();
        if (invoke.equals("-")) {
            if (!arguments.isEmpty()) {
                throw new UsageException("run: --arg needs an export to call; --invoke - only instantiates");
            }
        } else {
            PreparedModule.Signature signature = signature(module, invoke);
            long[] raw = new long[0];
            if (signature != null) {
                raw = Arguments.parse(invoke, signature.params(), arguments);
                results = signature.results();
            } else if (!arguments.isEmpty()) {
                throw new UsageException("run: cannot type --arg: " + module.name() + " exports no function '" + invoke
                        + "'" + exportsOf(module));
            }
            inv = inv.call(invoke, raw);
        }
        Outcome o;
        try (Sandbox sandbox = Sandboxes.open(runtime, limits.build(), isolation)) {
            o = sandbox.run(inv);
        }
        out.println(JsonReport.outcome(o, results));
        return UNCONTAINED.contains(o.kind()) ? NOT_CONTAINED : OK;
    }

    /** The signature of {@code export}, or null when the module has no such function (the run then reports it). */
    private static PreparedModule.Signature signature(GuestModule module, String export) {
        try {
            return ModuleShape.decode(module.bytes()).exportedFunctions().get(export);
        } catch (InvalidModuleException e) {
            return null; // the sandbox reports the malformed module as INVALID_MODULE
        }
    }

    private static String exportsOf(GuestModule module) {
        try {
            return "; its exported functions: " + ModuleShape.decode(module.bytes()).exportedFunctions().keySet();
        } catch (InvalidModuleException e) {
            return " (" + e.getMessage() + ")";
        }
    }

    private static int conformance(String[] args, PrintStream out, PrintStream err) throws java.io.IOException {
        List<String> runtimes = new java.util.ArrayList<>();
        Path outDir = Path.of("target/conformance");
        Path fixtures = null;
        Path doc = null;
        Isolation isolation = Isolation.IN_PROCESS;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--isolation": isolation = isolation(value(args, ++i, a)); break;
                case "--verbose": break;
                case "--runtime": runtimes.add(value(args, ++i, a)); break;
                case "--out": outDir = Path.of(value(args, ++i, a)); break;
                case "--fixtures": fixtures = Path.of(value(args, ++i, a)); break;
                case "--doc": doc = Path.of(value(args, ++i, a)); break;
                default: throw new UsageException("conformance: unknown option " + a + "; try --help");
            }
        }
        if (runtimes.isEmpty()) {
            runtimes.addAll(Sandboxes.availableRuntimes());
        }
        for (String r : runtimes) {
            requireRuntime(r);
        }
        List<ConformanceCase> cases = fixtures == null ? ConformanceCase.catalog() : FixtureDirectory.load(fixtures);
        ConformanceReport report = ConformanceRunner.forNames(runtimes, err::println, isolation).run(cases);
        out.print(TextTable.of(report));
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("report.json"), JsonReport.of(report));
        Files.writeString(outDir.resolve("report.md"), MarkdownReport.of(report));
        Files.writeString(outDir.resolve("report.html"), HtmlReport.of(report));
        err.println("wrote " + outDir.resolve("report.json") + ", report.md and report.html");
        if (doc != null) {
            ReportSection.replace(doc, MarkdownReport.body(report));
            err.println("updated the report section of " + doc);
        }
        return report.allPass() ? OK : FAILED;
    }

    private static Isolation isolation(String value) {
        try {
            return Isolation.fromConfigName(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--isolation " + e.getMessage());
        }
    }

    private static void requireRuntime(String runtime) {
        if (!Sandboxes.availableRuntimes().contains(runtime)) {
            throw new UsageException("unknown runtime '" + runtime + "'; available here: " + Sandboxes.availableRuntimes());
        }
    }

    private static int instrument(String[] args, PrintStream out) throws java.io.IOException {
        boolean fuel = false;
        int pages = -1;
        int elements = -1;
        List<String> files = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--verbose": break;
                case "--fuel": fuel = true; break;
                case "--max-memory-pages": pages = (int) number(args, ++i, args[i - 1]); break;
                case "--max-table-elements": elements = (int) number(args, ++i, args[i - 1]); break;
                default:
                    if (args[i].startsWith("--")) {
                        throw new UsageException("instrument: unknown option " + args[i]);
                    }
                    files.add(args[i]);
            }
        }
        if (files.size() != 2) {
            throw new UsageException("instrument: expected IN.wat|IN.wasm OUT.wasm");
        }
        Path in = Path.of(files.get(0));
        if (!Files.isRegularFile(in)) {
            throw new UsageException(in + ": no such file");
        }
        // A .wat input is compiled first; its syntax errors name the file, line and column (exit 2).
        byte[] input = in.getFileName().toString().endsWith(".wat") ? WatCompiler.compile(in) : Files.readAllBytes(in);
        io.github.wasmsandbox.rewrite.RewriteOptions.Builder options = io.github.wasmsandbox.rewrite.RewriteOptions.builder();
        if (fuel) {
            // The host sets the exported counter before each call; until then the budget is effectively unlimited.
            options.fuel(Long.MAX_VALUE);
        }
        if (pages >= 0) {
            options.maxMemoryPages(pages);
        }
        if (elements >= 0) {
            options.maxTableElements(elements);
        }
        byte[] rewritten;
        try {
            rewritten = io.github.wasmsandbox.rewrite.ModuleRewriter.rewrite(input, options.build());
        } catch (RuntimeException e) {
            throw new UsageException(in + ": " + e.getMessage());
        }
        Files.write(Path.of(files.get(1)), rewritten);
        out.println("wrote " + files.get(1));
        return OK;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " expects a number, got '" + v + "'");
        }
    }
}
