package io.github.wasmsandbox.wat;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wabt.Wat2WasmModule;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns WebAssembly text (WAT) into a binary module with WABT's {@code wat2wasm}, run inside the JVM
 * (WABT compiled to Wasm and then to JVM bytecode by Chicory), so nothing needs to be installed.
 *
 * <p>Unlike a bare {@code Wat2Wasm.parse}, a syntax error keeps wat2wasm's own diagnostic: the
 * {@link WatSyntaxException} names the file, the line, the column and the message.
 *
 * <pre>{@code
 * byte[] wasm = WatCompiler.compile("(module (func (export \"run\") (result i32) i32.const 42))");
 * }</pre>
 *
 * <p>wat2wasm (WABT 1.0.35) runs with its default proposals (mutable globals, saturating float-to-int,
 * sign extension, SIMD, multi-value, bulk memory, reference types) plus {@link #ENABLED_PROPOSALS}: tail calls
 * and threads (shared memories, atomics). It cannot encode {@code try_table}/{@code exnref} exception handling or
 * GC types and instructions with any flag; the fixtures that need them are written as {@link WasmListing}s.
 *
 * <p>Thread-safe: every call runs its own wat2wasm instance.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WatCompiler {

    /** The wat2wasm flags of the proposals enabled beyond WABT's defaults. */
    public static final List<String> ENABLED_PROPOSALS = List.of("--enable-tail-call", "--enable-threads");

    private static final String GUEST_DIR = "/wat";
    private static final WasmModule WAT2WASM = Wat2WasmModule.load();

    private WatCompiler() {}

    /** Compiles WAT source text; errors are reported against the name {@code inline.wat}. */
    public static byte[] compile(String watSource) {
        return compile(watSource, "inline.wat");
    }

    /**
     * Compiles WAT source text.
     *
     * @param watSource the module in the WebAssembly text format
     * @param fileName the name used in error messages (for example the source file's path)
     * @return the binary module
     * @throws WatSyntaxException when wat2wasm rejects the text
     */
    public static byte[] compile(String watSource, String fileName) {
        Objects.requireNonNull(watSource, "watSource");
        Objects.requireNonNull(fileName, "fileName");
        String guestName = "input.wat";
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("unix").build())) {
            Path dir = Files.createDirectory(fs.getPath(GUEST_DIR));
            Files.writeString(dir.resolve(guestName), watSource, StandardCharsets.UTF_8);
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            WasiOptions options = WasiOptions.builder()
                    .withStdout(stdout)
                    .withStderr(stderr)
                    .withDirectory(GUEST_DIR, dir)
                    .withArguments(arguments(GUEST_DIR + "/" + guestName))
                    .build();
            int exitCode = run(options);
            if (exitCode != 0) {
                String diagnostics = stderr.toString(StandardCharsets.UTF_8)
                        .replace(GUEST_DIR + "/" + guestName, fileName);
                throw WatSyntaxException.fromDiagnostics(fileName, exitCode, diagnostics);
            }
            return stdout.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare wat2wasm's virtual file system", e);
        }
    }

    /** Compiles a {@code .wat} file; errors name the file's path. */
    public static byte[] compile(Path watFile) {
        try {
            return compile(Files.readString(watFile, StandardCharsets.UTF_8), watFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WAT file " + watFile, e);
        }
    }

    private static List<String> arguments(String input) {
        List<String> arguments = new ArrayList<>();
        arguments.add("wat2wasm");
        arguments.add(input);
        arguments.addAll(ENABLED_PROPOSALS);
        arguments.add("--output=-");
        return arguments;
    }

    private static int run(WasiOptions options) {
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance.builder(WAT2WASM)
                    .withMachineFactory(Wat2WasmModule::create)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .build();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }
}
