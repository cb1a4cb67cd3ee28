package io.github.wasmsandbox.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wabt.Wast2Json;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec test suite as the external judge of rewriting: every module Chicory accepts is rewritten with fuel
 * (large budget) and caps off, must still validate, and every {@code assert_return}, {@code assert_trap},
 * {@code assert_exhaustion}, {@code action} and {@code assert_uninstantiable} must give the same outcome on the
 * original and the rewritten module (Chicory interpreter; results compared bit for bit).
 * {@code assert_invalid}/{@code assert_malformed}/{@code assert_unlinkable} do not apply to a rewriter of
 * valid modules and are counted as skipped.
 *
 * <p>Each module is also rewritten with two other strategies. With the fuel balance kept in the global everywhere
 * (the strategy of modules with tail calls), every action must consume the same fuel and leave the same call depth,
 * on completion, on a trap and on exhaustion of the depth. With every segment charged at its own start (no
 * continuation merged into the segment its construct opens in), every completed action must consume the same fuel,
 * and a trapping one no more. Only an exhaustion of the JVM's stack is left out of those comparisons: a stack
 * overflow can land between a charge kept in a local and its write.
 */
@Tag("shared")
@DisplayName("spec test suite: rewritten modules behave like the originals")
class SpecSuiteTest {

    static final long BUDGET = Long.MAX_VALUE / 4;
    /** The call depth of the "+evidence" run: deeper than any recursion the suite expects to complete. */
    static final int CALL_DEPTH = 5_000;

    RewriteOptions options;
    static final ObjectMapper JSON = new ObjectMapper();

    /** One set of instances: the originals, or their twins rewritten with one strategy. */
    static final class World {
        final boolean rewritten;
        final boolean balanceInLocals;
        final boolean mergeRegions;
        final String label;
        final Map<String, Instance> registered = new HashMap<>();
        final Map<String, Instance> named = new HashMap<>();
        Instance current;
        final GlobalInstance globalI32 = new GlobalInstance(666, 0, ValType.I32, MutabilityType.Const);
        final GlobalInstance globalI64 = new GlobalInstance(666, 0, ValType.I64, MutabilityType.Const);
        final GlobalInstance globalF32 = new GlobalInstance(Float.floatToRawIntBits(666.6f), 0, ValType.F32,
                MutabilityType.Const);
        final GlobalInstance globalF64 = new GlobalInstance(Double.doubleToRawLongBits(666.6), 0, ValType.F64,
                MutabilityType.Const);
        final ByteArrayMemory memory = new ByteArrayMemory(new MemoryLimits(1, 2));
        final TableInstance table = new TableInstance(new Table(ValType.FuncRef, new TableLimits(10, 20)),
                Value.REF_NULL_VALUE);

        private World(boolean rewritten, boolean balanceInLocals, boolean mergeRegions, String label) {
            this.rewritten = rewritten;
            this.balanceInLocals = balanceInLocals;
            this.mergeRegions = mergeRegions;
            this.label = label;
        }

        static World original() {
            return new World(false, false, false, "original");
        }

        static World rewritten(boolean balanceInLocals, boolean mergeRegions, String label) {
            return new World(true, balanceInLocals, mergeRegions, label);
        }

        byte[] rewrite(byte[] wasm, RewriteOptions options) {
            return ModuleRewriter.rewrite(wasm, options, balanceInLocals, mergeRegions);
        }

        ImportValues imports(WasmModule module) {
            ImportValues.Builder b = ImportValues.builder();
            int n = module.importSection().importCount();
            for (int i = 0; i < n; i++) {
                Import imp = module.importSection().getImport(i);
                String mod = imp.module();
                String name = imp.name();
                ExternalType kind = imp.importType();
                if (mod.equals("spectest")) {
                    if (kind == ExternalType.FUNCTION) {
                        var type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
                        b.addFunction(new HostFunction(mod, name, type, (inst, args) -> new long[0]));
                    } else if (kind == ExternalType.GLOBAL) {
                        GlobalInstance g = switch (name) {
                            case "global_i32" -> globalI32;
                            case "global_i64" -> globalI64;
                            case "global_f32" -> globalF32;
                            case "global_f64" -> globalF64;
                            default -> throw new IllegalStateException("unknown spectest global " + name);
                        };
                        b.addGlobal(new ImportGlobal(mod, name, g));
                    } else if (kind == ExternalType.MEMORY) {
                        b.addMemory(new ImportMemory(mod, name, memory));
                    } else if (kind == ExternalType.TABLE) {
                        b.addTable(new ImportTable(mod, name, table));
                    } else {
                        throw new IllegalStateException("unsupported import kind " + kind);
                    }
                    continue;
                }
                Instance from = registered.get(mod);
                if (from == null) {
                    throw new IllegalStateException("unknown import module " + mod);
                }
                if (kind == ExternalType.FUNCTION) {
                    var type = from.exportType(name);
                    var fn = from.export(name);
                    ImportFunction f = new HostFunction(mod, name, type, (inst, args) -> fn.apply(args));
                    b.addFunction(f);
                } else if (kind == ExternalType.GLOBAL) {
                    b.addGlobal(new ImportGlobal(mod, name, from.exports().global(name)));
                } else if (kind == ExternalType.MEMORY) {
                    b.addMemory(new ImportMemory(mod, name, from.exports().memory(name)));
                } else if (kind == ExternalType.TABLE) {
                    b.addTable(new ImportTable(mod, name, from.exports().table(name)));
                } else {
                    throw new IllegalStateException("unsupported import kind " + kind);
                }
            }
            return b.build();
        }
    }

    int modulesChecked;
    int assertionsChecked;
    int countersCompared;
    final Map<String, Integer> skippedModules = new TreeMap<>();
    final Map<String, Integer> skippedAssertions = new TreeMap<>();
    final Map<String, Integer> notes = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    @ParameterizedTest(name = "cost model {0}")
    @ValueSource(strings = {"wasmtime", "wasmtime-with-size-charges", "wasmtime+evidence"})
    @DisplayName("every accepted module rewrites, validates and gives the same assertion outcomes")
    void specSuite(String model) throws IOException {
        RewriteOptions.Builder builder = RewriteOptions.builder().fuel(BUDGET)
                .costModel(model.equals("wasmtime-with-size-charges") ? CostModel.WASMTIME_WITH_SIZE_CHARGES : CostModel.WASMTIME);
        if (model.endsWith("+evidence")) {
            // Every grow through the recording functions, and calls counted: the suite's own recursion fits in.
            builder.recordGrowDenials().maxCallDepth(CALL_DEPTH);
        }
        options = builder.build();
        Path suite = SharedData.dir("wasm-testsuite");
        Path work = Path.of("target", "spec-json");
        Files.createDirectories(work);
        List<Path> scripts;
        try (Stream<Path> files = Files.list(suite)) {
            scripts = files.filter(f -> f.toString().endsWith(".wast")).sorted().toList();
        }
        long started = System.nanoTime();
        int scriptsRun = 0;
        for (Path script : scripts) {
            String base = script.getFileName().toString().replace(".wast", "");
            Path dir = work.resolve(base);
            Files.createDirectories(dir);
            List<Path> jsons = toJson(script, dir, base);
            if (jsons.isEmpty()) {
                continue;
            }
            scriptsRun++;
            World original = World.original();
            World rewritten = World.rewritten(true, true, "rewritten");
            List<World> twins = List.of(World.rewritten(false, true, "balance in the global"),
                    World.rewritten(true, false, "every segment charged at its start"));
            for (Path json : jsons) {
                runScript(dir, JSON.readTree(json.toFile()), base, original, rewritten, twins);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder summary = new StringBuilder();
        summary.append("cost model: ").append(model).append('\n');
        summary.append("scripts: ").append(scriptsRun).append(" of ").append(scripts.size()).append('\n');
        summary.append("modules checked: ").append(modulesChecked).append('\n');
        summary.append("assertions checked: ").append(assertionsChecked).append('\n');
        summary.append("fuel and depth compared between the strategies: ").append(countersCompared).append('\n');
        summary.append("modules skipped: ").append(skippedModules.values().stream().mapToInt(i -> i).sum())
                .append('\n');
        skippedModules.forEach((k, v) -> summary.append("  ").append(v).append("  ").append(k).append('\n'));
        summary.append("assertions skipped: ")
                .append(skippedAssertions.values().stream().mapToInt(i -> i).sum()).append('\n');
        skippedAssertions.forEach((k, v) -> summary.append("  ").append(v).append("  ").append(k).append('\n'));
        notes.forEach((k, v) -> summary.append("note: ").append(v).append("  ").append(k).append('\n'));
        summary.append("failures: ").append(failures.size()).append('\n');
        failures.stream().limit(200).forEach(f -> summary.append("  ").append(f).append('\n'));
        summary.append("seconds: ").append(seconds).append('\n');
        System.out.println(summary);
        Files.writeString(Path.of("target", "rewrite-spec-summary-" + model + ".txt"), summary, StandardCharsets.UTF_8);
        assertThat(failures).as(summary.toString()).isEmpty();
        assertThat(modulesChecked).isGreaterThan(500);
        assertThat(assertionsChecked).isGreaterThan(10_000);
    }

    /**
     * Converts a script with wast2json. Scripts written in syntax newer than wabt 1.0.0 are retried without
     * their assert_invalid/assert_malformed forms (not used here), then chunk by chunk (one module and the
     * commands after it); chunks wast2json still rejects are skipped and counted.
     */
    private List<Path> toJson(Path script, Path dir, String base) throws IOException {
        Path json = dir.resolve(base + ".json");
        if (wast2json(script, json)) {
            return List.of(json);
        }
        List<String> forms = topLevelForms(Files.readString(script, StandardCharsets.UTF_8));
        List<String> kept = forms.stream()
                .filter(f -> !f.startsWith("(assert_invalid") && !f.startsWith("(assert_malformed"))
                .toList();
        Path stripped = dir.resolve(base + ".stripped.wast");
        Files.writeString(stripped, String.join("\n", kept), StandardCharsets.UTF_8);
        Path strippedJson = dir.resolve(base + ".stripped.json");
        if (wast2json(stripped, strippedJson)) {
            skip(notes, "scripts converted without their assert_invalid/assert_malformed forms");
            return List.of(strippedJson);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (String form : kept) {
            if (form.startsWith("(module") || chunks.isEmpty()) {
                chunks.add(new ArrayList<>());
            }
            chunks.get(chunks.size() - 1).add(form);
        }
        List<Path> jsons = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Path chunk = dir.resolve(base + ".c" + i + ".wast");
            Files.writeString(chunk, String.join("\n", chunks.get(i)), StandardCharsets.UTF_8);
            Path chunkJson = dir.resolve(base + ".c" + i + ".json");
            if (wast2json(chunk, chunkJson)) {
                jsons.add(chunkJson);
            } else {
                skip(skippedModules, "wast2json (wabt 1.0.0) rejects the syntax of a module chunk");
            }
        }
        return jsons;
    }

    private static boolean wast2json(Path script, Path json) {
        if (Files.exists(json)) {
            return true;
        }
        try {
            Wast2Json.builder().withFile(script.toFile()).withOutput(json.toFile())
                    .withOptions(new String[] {"--enable-all"}).build().process();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Splits a script into its top-level S-expressions, minding strings and comments. */
    static List<String> topLevelForms(String text) {
        List<String> forms = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                int nest = 0;
                do {
                    if (text.startsWith("(;", i)) {
                        nest++;
                        i += 2;
                    } else if (text.startsWith(";)", i)) {
                        nest--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (nest > 0 && i < text.length());
                continue;
            }
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                continue;
            }
            if (c == '(') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    forms.add(text.substring(start, i + 1));
                }
            }
            i++;
        }
        return forms;
    }

    private void runScript(Path dir, JsonNode root, String base, World original, World rewritten, List<World> twins) {
        boolean moduleOk = original.current != null;
        List<World> all = new ArrayList<>();
        all.add(original);
        all.add(rewritten);
        all.addAll(twins);
        for (JsonNode cmd : root.get("commands")) {
            String type = cmd.get("type").asText();
            String where = base + ".wast:" + cmd.path("line").asInt();
            switch (type) {
                case "module" -> moduleOk = loadModule(dir, cmd, original, rewritten, twins, where);
                case "register" -> {
                    if (moduleOk || cmd.has("name")) {
                        all.forEach(w -> register(cmd, w));
                    }
                }
                case "assert_return", "assert_trap", "assert_exhaustion", "action" -> {
                    String target = cmd.path("action").path("module").asText(null);
                    if (target == null ? !moduleOk : !original.named.containsKey(target)) {
                        skip(skippedAssertions, "its module was skipped");
                        continue;
                    }
                    if (mentionsV128(cmd)) {
                        skip(skippedAssertions, "v128 values (Chicory 1.7.5 cannot execute SIMD)");
                        continue;
                    }
                    String a = perform(original, cmd.get("action"), cmd.path("expected"));
                    if (a.contains("doesn't recognize Instruction")) {
                        skip(skippedAssertions, "uses SIMD, which Chicory 1.7.5 cannot execute");
                        continue;
                    }
                    long fuelBefore = fuel(rewritten, cmd.get("action"));
                    String b = perform(rewritten, cmd.get("action"), cmd.path("expected"));
                    Counters counters = counters(rewritten, cmd.get("action"), fuelBefore);
                    assertionsChecked++;
                    if (!a.equals(b)) {
                        failures.add(where + " " + type + ": original " + a + " but rewritten " + b);
                    }
                    for (World twin : twins) {
                        long twinFuelBefore = fuel(twin, cmd.get("action"));
                        String c = perform(twin, cmd.get("action"), cmd.path("expected"));
                        Counters twinCounters = counters(twin, cmd.get("action"), twinFuelBefore);
                        compare(where + " " + type, b, counters, twin, c, twinCounters);
                    }
                }
                case "assert_uninstantiable" -> {
                    byte[] wasm = read(dir, cmd);
                    if (!parses(wasm)) {
                        skip(skippedAssertions, "assert_uninstantiable: Chicory rejects the module");
                        continue;
                    }
                    String a = instantiateOutcome(original, wasm);
                    String b;
                    try {
                        b = instantiateOutcome(rewritten, rewritten.rewrite(wasm, options));
                        // Its side effects (elements and data written to imported tables and memories before
                        // the trap) must reach the twins too.
                        for (World twin : twins) {
                            String c = instantiateOutcome(twin, twin.rewrite(wasm, options));
                            if (!b.equals(c)) {
                                failures.add(where + " assert_uninstantiable: rewritten " + b + " but with "
                                        + twin.label + " " + c);
                            }
                        }
                    } catch (ModuleRewriteException e) {
                        skip(skippedAssertions, "assert_uninstantiable: rewriter refuses (" + firstWords(e) + ")");
                        continue;
                    }
                    assertionsChecked++;
                    if (!a.equals(b)) {
                        failures.add(where + " assert_uninstantiable: original " + a + " but rewritten " + b);
                    }
                }
                default -> skip(skippedAssertions, type + " (not applicable to a rewriter of valid modules)");
            }
        }
    }

    /**
     * Compares one action's outcome and counters on the reference rewrite and on a twin. The balance kept in the
     * global must leave the same fuel and depth after every outcome. Charging every segment at its own start
     * must leave the same fuel after a completed action; after a trap the reference may have paid more (the
     * continuations of the constructs the trap left, charged ahead), never less.
     */
    private void compare(String where, String outcome, Counters counters, World twin, String twinOutcome,
            Counters twinCounters) {
        if (!outcome.equals(twinOutcome)) {
            failures.add(where + ": rewritten " + outcome + " but with " + twin.label + " " + twinOutcome);
        } else if (outcome.equals("exhausted")) {
            if (!counters.equals(twinCounters)) {
                skip(notes, "JVM stack exhaustions after which the fuel differs from " + twin.label
                        + " (by the charges not yet written when the stack overflowed, or merged ahead)");
            }
        } else {
            countersCompared++;
            boolean same = twin.mergeRegions || outcome.startsWith("ok")
                    ? counters.equals(twinCounters)
                    : counters.depth().equals(twinCounters.depth()) && counters.fuel() >= twinCounters.fuel();
            if (!same) {
                failures.add(where + " " + outcome + ": rewritten leaves " + counters + " but " + twin.label
                        + " " + twinCounters);
            }
        }
    }

    private boolean loadModule(Path dir, JsonNode cmd, World original, World rewritten, List<World> twins,
            String where) {
        List<World> worlds = new ArrayList<>();
        worlds.add(rewritten);
        worlds.addAll(twins);
        original.current = null;
        worlds.forEach(w -> w.current = null);
        byte[] wasm = read(dir, cmd);
        WasmModule parsed;
        try {
            parsed = Parser.parse(wasm);
        } catch (RuntimeException e) {
            skip(skippedModules, "Chicory rejects it: " + firstWords(e));
            return false;
        }
        List<byte[]> outs = new ArrayList<>();
        try {
            for (World w : worlds) {
                outs.add(w.rewrite(wasm, options));
            }
        } catch (ModuleRewriteException e) {
            skip(skippedModules, "rewriter refuses: " + firstWords(e));
            return false;
        }
        List<WasmModule> modules = new ArrayList<>();
        try {
            for (byte[] out : outs) {
                modules.add(Parser.parse(out));
            }
        } catch (RuntimeException e) {
            failures.add(where + " rewritten module does not validate: " + e.getMessage());
            return false;
        }
        modulesChecked++;
        Instance a;
        try {
            a = Instance.builder(parsed).withImportValues(original.imports(parsed)).build();
        } catch (RuntimeException | StackOverflowError e) {
            skip(skippedModules, "(validated only) original does not instantiate on Chicory: " + firstWords(e));
            return false;
        }
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < worlds.size(); i++) {
            World w = worlds.get(i);
            try {
                instances.add(Instance.builder(modules.get(i)).withImportValues(w.imports(modules.get(i))).build());
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(where + " rewritten module (" + w.label + ") does not instantiate: " + e);
                return false;
            }
        }
        original.current = a;
        for (int i = 0; i < worlds.size(); i++) {
            worlds.get(i).current = instances.get(i);
        }
        if (cmd.has("name")) {
            original.named.put(cmd.get("name").asText(), a);
            for (int i = 0; i < worlds.size(); i++) {
                worlds.get(i).named.put(cmd.get("name").asText(), instances.get(i));
            }
        }
        return true;
    }

    private static void register(JsonNode cmd, World world) {
        Instance instance = cmd.has("name") ? world.named.get(cmd.get("name").asText()) : world.current;
        if (instance != null) {
            world.registered.put(cmd.get("as").asText(), instance);
        }
    }

    /**
     * Runs an action and renders its outcome. Where the script expects {@code nan:canonical} or
     * {@code nan:arithmetic}, any NaN of the right kind is accepted, as the spec allows: the sign of a NaN
     * produced by the JVM's floating point is not deterministic (seen on f64.wast between two runs).
     */
    private static String perform(World world, JsonNode action, JsonNode expected) {
        Instance instance = action.has("module") ? world.named.get(action.get("module").asText()) : world.current;
        String field = action.get("field").asText();
        GlobalInstance depth = world.rewritten ? depthGlobal(instance) : null;
        if (depth != null) {
            depth.setValue(0); // each action starts at the host's call, as each sandbox run does
        }
        try {
            if (action.get("type").asText().equals("get")) {
                return "ok:" + instance.exports().global(field).getValue();
            }
            JsonNode args = action.get("args");
            long[] values = new long[args.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(args.get(i));
            }
            long[] results = instance.export(field).apply(values);
            if (results == null) { // Chicory returns null for functions without results
                results = new long[0];
            }
            String[] rendered = new String[results.length];
            for (int i = 0; i < results.length; i++) {
                JsonNode e = expected.path(i);
                String type = e.path("type").asText();
                if (e.path("value").asText().startsWith("nan:") && type.equals("f64")) {
                    rendered[i] = Double.isNaN(Double.longBitsToDouble(results[i])) ? "NaN" : Long.toString(results[i]);
                } else if (e.path("value").asText().startsWith("nan:") && type.equals("f32")) {
                    rendered[i] = Float.isNaN(Float.intBitsToFloat((int) results[i])) ? "NaN" : Long.toString(results[i]);
                } else {
                    rendered[i] = Long.toString(results[i]);
                }
            }
            return "ok:" + String.join(",", rendered);
        } catch (StackOverflowError e) {
            return "exhausted";
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("call stack exhausted")
                    || (depth != null && depth.getValue() > CALL_DEPTH)) {
                return "exhausted";
            }
            return "trap:" + e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    /** The fuel global of the instance an action runs on. */
    private static long fuel(World world, JsonNode action) {
        Instance instance = action.has("module") ? world.named.get(action.get("module").asText()) : world.current;
        return instance.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue();
    }

    /**
     * The fuel an action consumed (each action compared on its own: an earlier exhaustion of the JVM's stack
     * may have left the twins' balances apart) and the call depth it left, in the instance it ran on.
     */
    private static Counters counters(World world, JsonNode action, long fuelBefore) {
        Instance instance = action.has("module") ? world.named.get(action.get("module").asText()) : world.current;
        GlobalInstance depth = depthGlobal(instance);
        return new Counters(fuelBefore - fuel(world, action), depth == null ? "-" : Long.toString(depth.getValue()));
    }

    /** What an action consumed and left on the injected counters. */
    record Counters(long fuel, String depth) {
        @Override
        public String toString() {
            return "fuel consumed=" + fuel + " depth=" + depth;
        }
    }

    /** The injected call-depth counter of a rewritten instance, if the rewrite counts calls. */
    private static GlobalInstance depthGlobal(Instance instance) {
        try {
            return instance.exports().global(Evidence.CALL_DEPTH_EXPORT);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String instantiateOutcome(World world, byte[] wasm) {
        try {
            WasmModule m = Parser.parse(wasm);
            Instance.builder(m).withImportValues(world.imports(m)).build();
            return "ok";
        } catch (StackOverflowError e) {
            return "exhausted";
        } catch (RuntimeException e) {
            return "trap:" + e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    private static long value(JsonNode arg) {
        String type = arg.get("type").asText();
        String v = arg.get("value").asText();
        if (v.equals("null")) {
            return Value.REF_NULL_VALUE;
        }
        if (v.startsWith("nan:")) {
            return type.equals("f32") ? Float.floatToRawIntBits(Float.NaN) : Double.doubleToRawLongBits(Double.NaN);
        }
        long raw = Long.parseUnsignedLong(v);
        return type.equals("i32") || type.equals("f32") ? (long) (int) raw : raw;
    }

    private static boolean mentionsV128(JsonNode cmd) {
        return cmd.toString().contains("\"v128\"");
    }

    private static boolean parses(byte[] wasm) {
        try {
            Parser.parse(wasm);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] read(Path dir, JsonNode cmd) {
        try {
            return Files.readAllBytes(dir.resolve(cmd.get("filename").asText()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstWords(Throwable e) {
        String m = String.valueOf(e.getMessage());
        m = m.replaceAll("[0-9]+", "N");
        return m.length() > 90 ? m.substring(0, 90) : m;
    }

    private static void skip(Map<String, Integer> counts, String reason) {
        counts.merge(reason, 1, Integer::sum);
    }
}
