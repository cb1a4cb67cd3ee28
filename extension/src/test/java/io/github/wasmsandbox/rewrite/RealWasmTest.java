package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.fuel;
import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasm.Parser;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("shared")
@DisplayName("rewriting real modules from ../shared/real-wasm")
class RealWasmTest {

    static final RewriteOptions FULL = RewriteOptions.builder()
            .fuel(Long.MAX_VALUE / 2)
            .maxMemoryPages(16_384)
            .maxTableElements(1_000_000)
            .build();

    @Test
    @DisplayName("every module Chicory parses rewrites (fuel + caps) and still parses and validates")
    void everyModuleRewrites() throws IOException {
        Path dir = SharedData.dir("real-wasm");
        List<String> checked = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".wasm")).sorted().toList()) {
                byte[] wasm = Files.readAllBytes(file);
                try {
                    Parser.parse(wasm);
                } catch (RuntimeException e) {
                    skipped.add(file.getFileName() + " (Chicory rejects it: " + e.getMessage() + ")");
                    continue;
                }
                byte[] rewritten = ModuleRewriter.rewrite(wasm, FULL);
                Parser.parse(rewritten);
                checked.add(file.getFileName().toString());
            }
        }
        System.out.println("[real-wasm] rewritten and validated: " + checked + "; skipped: " + skipped);
        assertThat(checked).contains("basic.c.wasm", "count_vowels.rs.wasm", "main.go.wasm",
                "quickjs-provider.javy-dynamic.wasm", "calculator.swift.wasm");
    }

    @Test
    @DisplayName("C modules give the same run() result before and after, on interpreter and compiler")
    void sameResults() throws IOException {
        Path dir = SharedData.dir("real-wasm");
        for (String name : List.of("basic.c.wasm", "complex.c.wasm", "power.c.wasm", "memory.c.wasm")) {
            byte[] wasm = Files.readAllBytes(dir.resolve(name));
            byte[] rewritten = ModuleRewriter.rewrite(wasm, FULL);
            long[] remaining = new long[2];
            for (Engine engine : Engine.values()) {
                Instance original = instantiate(wasm, engine);
                long[] args = new long[original.exportType("run").params().size()]; // zeros
                long[] before = original.export("run").apply(args);
                Instance after = instantiate(rewritten, engine);
                assertThat(after.export("run").apply(args)).as(name + " on " + engine).isEqualTo(before);
                remaining[engine.ordinal()] = fuel(after);
            }
            assertThat(remaining[0]).as(name).isLessThan(Long.MAX_VALUE / 2).isEqualTo(remaining[1]);
        }
    }

    @Test
    @DisplayName("count_vowels gives the same count before and after")
    void countVowels() throws IOException {
        byte[] wasm = Files.readAllBytes(SharedData.dir("real-wasm").resolve("count_vowels.rs.wasm"));
        byte[] rewritten = ModuleRewriter.rewrite(wasm, FULL);
        byte[] text = "Hello, World! The quick brown fox jumps over the lazy dog.".getBytes(StandardCharsets.UTF_8);
        long[] results = new long[2];
        int i = 0;
        for (byte[] module : List.of(wasm, rewritten)) {
            Instance instance = instantiate(module, Engine.INTERPRETER);
            ExportFunction alloc = instance.export("alloc");
            int ptr = (int) alloc.apply(text.length)[0];
            instance.memory().write(ptr, text);
            results[i++] = instance.export("count_vowels").apply(ptr, text.length)[0];
        }
        assertThat(results[0]).isEqualTo(14); // e,o,o,e,u,i,o,o,u,o,e,e,a,o
        assertThat(results[1]).isEqualTo(results[0]);
    }

    @Test
    @DisplayName("the C while(1) module stops with fuel on interpreter and compiler, with identical remaining fuel")
    void infiniteLoopStops() throws IOException {
        byte[] wasm = Files.readAllBytes(SharedData.dir("real-wasm").resolve("infinite-loop.c.wasm"));
        byte[] rewritten = ModuleRewriter.rewrite(wasm, RewriteOptions.builder().fuel(1_000_000).build());
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            Instance instance = instantiate(rewritten, engine);
            assertThatThrownBy(() -> instance.export("run").apply()).isInstanceOf(TrapException.class);
            remaining[engine.ordinal()] = fuel(instance);
        }
        assertThat(remaining[0]).isNegative().isEqualTo(remaining[1]);
    }
}
