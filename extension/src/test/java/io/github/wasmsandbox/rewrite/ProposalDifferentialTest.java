package io.github.wasmsandbox.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proposal scripts of the spec suite (exception handling, tail calls, typed function references, GC) that
 * wabt 1.0.0 cannot convert, as a differential of the rewriter: every module is rewritten with fuel, grow-denial
 * recording and a call-depth counter, must still validate, and every invoke with integer or null arguments must
 * give the same outcome (results bit for bit, or the same trap) on the original and the rewritten module.
 *
 * <p>The modules come from {@code extension/src/test/binaryen/proposal-wast-to-wasm.mjs}, which converts the text
 * modules of the scripts listed in {@code proposal-scripts.txt} beside it with the npm package {@code binaryen}
 * (version pinned by the {@code package-lock.json} there). The {@code shared-data} profile runs {@code npm ci} and
 * the script when node and npm are on the PATH and names the output with {@code -Dwasm.sandbox.proposal.dir=DIR};
 * without them this test is skipped, saying why, or fails if {@code -Dwasm.sandbox.proposal.required=true}
 * (as in CI). By hand:
 * <pre>
 * cd extension/src/test/binaryen &amp;&amp; npm ci
 * node proposal-wast-to-wasm.mjs DIR SUITE/{try_table,throw,...}.wast    (SUITE: ../shared/wasm-testsuite)
 * ./mvnw -B verify -pl extension -am -Pshared-data -Dtest=ProposalDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dwasm.sandbox.proposal.dir=DIR
 * </pre>
 * Runs on Endive 1.0.0's interpreter and on Chicory 1.7.5's (both execute exception handling, tail calls, typed
 * function references and GC).
 */
@Tag("shared")
@DisplayName("proposal scripts (converted by binaryen): rewritten modules behave like the originals")
class ProposalDifferentialTest {

    static final long BUDGET = Long.MAX_VALUE / 4;
    static final int CALL_DEPTH = 5_000;

    final Map<String, Integer> skipped = new TreeMap<>();
    final Map<String, int[]> perScript = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    final List<String> skippedFiles = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"endive", "chicory"})
    void proposals(String runtime) throws IOException {
        String dir = modules();
        RewriteOptions options = RewriteOptions.builder().fuel(BUDGET).recordGrowDenials().maxCallDepth(CALL_DEPTH)
                .build();
        JsonNode index = new ObjectMapper().readTree(Path.of(dir, "index.json").toFile());
        int modules = 0;
        int assertions = 0;
        for (JsonNode entry : index) {
            String script = entry.get("script").asText();
            int[] counts = perScript.computeIfAbsent(script, k -> new int[2]);
            if (!entry.has("file")) {
                skip("not converted: " + entry.get("skipped").asText().replaceAll("[0-9]+", "N"));
                continue;
            }
            byte[] wasm = Files.readAllBytes(Path.of(dir, entry.get("file").asText()));
            Runtime original;
            try {
                original = Runtime.of(runtime, wasm);
            } catch (RuntimeException e) {
                skip(runtime + " rejects or cannot instantiate it: " + first(e));
                skippedFiles.add(entry.get("file").asText() + ": " + first(e));
                continue;
            }
            byte[] out;
            try {
                out = ModuleRewriter.rewrite(wasm, options);
            } catch (ModuleRewriteException e) {
                failures.add(entry.get("file").asText() + " refused: " + e.getMessage());
                continue;
            }
            Runtime rewritten;
            try {
                rewritten = Runtime.of(runtime, out);
            } catch (RuntimeException e) {
                failures.add(entry.get("file").asText() + " rewritten does not validate/instantiate: " + e);
                continue;
            }
            modules++;
            counts[0]++;
            for (JsonNode invoke : entry.get("invokes")) {
                String field = invoke.get("field").asText();
                String[] args = new String[invoke.get("args").size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = invoke.get("args").get(i).asText();
                }
                String a = original.perform(field, args);
                String b = rewritten.perform(field, args);
                if (a.startsWith("unsupported:")) {
                    skip("invoke the harness cannot perform: " + a.replaceAll("[0-9]+", "N"));
                    continue;
                }
                assertions++;
                counts[1]++;
                if (!a.equals(b)) {
                    failures.add(entry.get("file").asText() + " " + field + ": original " + a + " but rewritten " + b);
                }
            }
        }
        StringBuilder summary = new StringBuilder("runtime: " + runtime + "\nmodules checked: " + modules
                + "\ninvokes checked: " + assertions + "\n");
        perScript.forEach((k, v) -> summary.append("  ").append(k).append(": ").append(v[0]).append(" modules, ")
                .append(v[1]).append(" invokes\n"));
        summary.append("skipped:\n");
        skipped.forEach((k, v) -> summary.append("  ").append(v).append("  ").append(k).append('\n'));
        skippedFiles.forEach(f -> summary.append("    ").append(f).append('\n'));
        summary.append("failures: ").append(failures.size()).append('\n');
        failures.forEach(f -> summary.append("  ").append(f).append('\n'));
        System.out.println(summary);
        Files.writeString(Path.of("target", "rewrite-proposals-summary-" + runtime + ".txt"), summary,
                StandardCharsets.UTF_8);
        assertThat(failures).as(summary.toString()).isEmpty();
    }

    /**
     * The directory with the converted modules and their {@code index.json}; skips the test (or fails it, when the
     * modules are required) with the reason the build recorded when they are missing.
     */
    private static String modules() throws IOException {
        String dir = System.getProperty("wasm.sandbox.proposal.dir");
        String reason;
        if (dir == null) {
            reason = "no -Dwasm.sandbox.proposal.dir: the shared-data profile sets it (build with ../shared present"
                    + " or -Pshared-data)";
        } else if (Files.isRegularFile(Path.of(dir, "index.json"))) {
            return dir;
        } else if (Files.isRegularFile(Path.of(dir, "NOT-CONVERTED.txt"))) {
            reason = Files.readString(Path.of(dir, "NOT-CONVERTED.txt"), StandardCharsets.UTF_8).strip();
        } else {
            reason = "no index.json in " + dir
                    + ": run extension/src/test/binaryen/proposal-wast-to-wasm.mjs with it as output directory";
        }
        if (Boolean.getBoolean("wasm.sandbox.proposal.required")) {
            fail("ProposalDifferentialTest is required (-Dwasm.sandbox.proposal.required=true) but has no modules: "
                    + reason);
        }
        return abort("proposal modules not converted, test skipped: " + reason);
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private static String first(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        m = m.replaceAll("[0-9]+", "N");
        return m.length() > 160 ? m.substring(0, 160) : m;
    }

    /**
     * One instance on Endive or Chicory. Only {@code spectest} functions are provided (as no-ops); modules that
     * import anything else (registered modules, tags) do not instantiate and are counted as skipped.
     */
    interface Runtime {
        String perform(String field, String[] args);

        /** Integer arguments as they are, {@code null} as the runtime's null reference. */
        static long[] values(String[] args, long nullValue) {
            long[] values = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].equals("null") ? nullValue : Long.parseLong(args[i]);
            }
            return values;
        }

        static Runtime of(String runtime, byte[] wasm) {
            return runtime.equals("endive") ? endive(wasm) : chicory(wasm);
        }

        private static Runtime endive(byte[] wasm) {
            var module = run.endive.wasm.Parser.parse(wasm);
            var imports = run.endive.runtime.ImportValues.builder();
            for (int i = 0; i < module.importSection().importCount(); i++) { // spectest.print*: no-ops
                if (module.importSection().getImport(i) instanceof run.endive.wasm.types.FunctionImport f
                        && f.module().equals("spectest")) {
                    imports.addFunction(new run.endive.runtime.HostFunction(f.module(), f.name(),
                            module.typeSection().getType(f.typeIndex()), (inst, a) -> new long[0]));
                }
            }
            var instance = run.endive.runtime.Instance.builder(module).withImportValues(imports.build()).build();
            return (field, args) -> {
                run.endive.runtime.GlobalInstance depth = null;
                try {
                    depth = instance.exports().global(Evidence.CALL_DEPTH_EXPORT);
                    depth.setValue(0);
                } catch (RuntimeException absent) {
                    depth = null;
                }
                try {
                    long[] r = instance.export(field).apply(values(args, run.endive.wasm.types.Value.REF_NULL_VALUE));
                    return "ok:" + java.util.Arrays.toString(r == null ? new long[0] : r);
                } catch (StackOverflowError e) {
                    return "exhausted";
                } catch (RuntimeException e) {
                    if (depth != null && depth.getValue() > CALL_DEPTH) {
                        return "exhausted";
                    }
                    if (String.valueOf(e.getMessage()).contains("call stack exhausted")) {
                        return "exhausted";
                    }
                    return "trap:" + e.getClass().getSimpleName() + ":" + e.getMessage();
                }
            };
        }

        private static Runtime chicory(byte[] wasm) {
            var module = com.dylibso.chicory.wasm.Parser.parse(wasm);
            var imports = com.dylibso.chicory.runtime.ImportValues.builder();
            for (int i = 0; i < module.importSection().importCount(); i++) { // spectest.print*: no-ops
                if (module.importSection().getImport(i) instanceof com.dylibso.chicory.wasm.types.FunctionImport f
                        && f.module().equals("spectest")) {
                    imports.addFunction(new com.dylibso.chicory.runtime.HostFunction(f.module(), f.name(),
                            module.typeSection().getType(f.typeIndex()), (inst, a) -> new long[0]));
                }
            }
            var instance = com.dylibso.chicory.runtime.Instance.builder(module).withImportValues(imports.build())
                    .build();
            return (field, args) -> {
                com.dylibso.chicory.runtime.GlobalInstance depth = null;
                try {
                    depth = instance.exports().global(Evidence.CALL_DEPTH_EXPORT);
                    depth.setValue(0);
                } catch (RuntimeException absent) {
                    depth = null;
                }
                try {
                    long[] r = instance.export(field).apply(values(args, com.dylibso.chicory.wasm.types.Value.REF_NULL_VALUE));
                    return "ok:" + java.util.Arrays.toString(r == null ? new long[0] : r);
                } catch (StackOverflowError e) {
                    return "exhausted";
                } catch (RuntimeException e) {
                    if (depth != null && depth.getValue() > CALL_DEPTH) {
                        return "exhausted";
                    }
                    if (String.valueOf(e.getMessage()).contains("call stack exhausted")) {
                        return "exhausted";
                    }
                    return "trap:" + e.getClass().getSimpleName() + ":" + e.getMessage();
                }
            };
        }
    }
}
