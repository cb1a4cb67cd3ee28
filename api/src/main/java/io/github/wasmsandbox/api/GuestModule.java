package io.github.wasmsandbox.api;

import io.github.wasmsandbox.wat.WatCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A WebAssembly module to run in a sandbox: its bytes and a name for messages. The bytes are not validated
 * here; a malformed or invalid module becomes an {@code INVALID_MODULE} outcome when it is run. WAT text is
 * compiled at once, and a syntax error throws {@link io.github.wasmsandbox.wat.WatSyntaxException} with the
 * line and column.
 *
 * <pre>{@code
 * GuestModule a = GuestModule.ofWat("(module (func (export \"run\") (result i32) i32.const 1))");
 * GuestModule b = GuestModule.fromFile(Path.of("plugin.wasm"));
 * GuestModule c = GuestModule.of(HostileFixture.LOOP_BR);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class GuestModule {

    private final String name;
    private final byte[] bytes;
    private final String sha256;

    private GuestModule(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.sha256 = sha256(this.bytes);
    }

    /** A module from its binary form. */
    public static GuestModule ofWasm(String name, byte[] wasm) {
        return new GuestModule(name, wasm);
    }

    /** A module from its binary form, named {@code module.wasm}. */
    public static GuestModule ofWasm(byte[] wasm) {
        return ofWasm("module.wasm", wasm);
    }

    /** A module from WAT text, compiled now. */
    public static GuestModule ofWat(String name, String wat) {
        return new GuestModule(name, WatCompiler.compile(wat, name));
    }

    /** A module from WAT text, named {@code inline.wat}, compiled now. */
    public static GuestModule ofWat(String wat) {
        return ofWat("inline.wat", wat);
    }

    /** A module from a {@code .wat} file (compiled now) or any other file (read as binary). */
    public static GuestModule fromFile(Path file) {
        String fileName = file.getFileName().toString();
        try {
            if (fileName.endsWith(".wat")) {
                return new GuestModule(file.toString(), WatCompiler.compile(file));
            }
            return new GuestModule(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read module file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The module of a fixture, named by its id. */
    public static GuestModule of(GuestFixture fixture) {
        return new GuestModule(fixture.id(), fixture.bytes());
    }

    /** The name used in messages: a file name, a fixture id or {@code inline.wat}. */
    public String name() {
        return name;
    }

    /** The binary module (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The SHA-256 of the bytes, in hex: the cache key of compiled and rewritten modules. */
    public String sha256() {
        return sha256;
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
