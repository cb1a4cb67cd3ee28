package io.github.wasmsandbox.runtime.wasmtime;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads wasmtime-java's JNI library once per JVM from a stable per-version cache directory, instead of the
 * binding's own loader, which copies the 18 MB library into the temp directory on every start and never
 * deletes it. The cache is {@code $WASM_SANDBOX_CACHE_DIR}, else {@code $XDG_CACHE_HOME/wasm-sandbox}, else
 * {@code ~/.cache/wasm-sandbox}, then {@code wasmtime-java-<version>/<library file>}; the file is written once,
 * atomically, and reused while its size matches the library in the jar.
 *
 * <p>The load is a process-wide fact (a JNI library cannot be unloaded), so this class holds the one piece of
 * static state of the adapter: the result of that load.
 */
final class NativeLibrary {

    private static Optional<String> failure;

    private NativeLibrary() {}

    /** Why the native library cannot be loaded here, or empty once it is loaded. */
    static synchronized Optional<String> loadFailure() {
        if (failure == null) {
            failure = load();
        }
        return failure;
    }

    private static Optional<String> load() {
        String file;
        try {
            file = libraryFileName();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        try {
            Path cached = cacheDirectory().resolve("wasmtime-java-" + version()).resolve(file);
            extract("/" + file, cached);
            System.load(cached.toAbsolutePath().toString());
            markLoaded();
            return Optional.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            return loadWithBindingsOwnLoader(e);
        }
    }

    /** The fallback: wasmtime-java's own loader (which leaves a copy in the temp directory). */
    private static Optional<String> loadWithBindingsOwnLoader(Throwable cacheFailure) {
        try {
            Class<?> loader = Class.forName("io.github.kawamuray.wasmtime.NativeLibraryLoader");
            loader.getMethod("load").invoke(null);
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.of("wasmtime-java's native library cannot be loaded on " + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + ": " + e + " (from the cache: " + cacheFailure + ")");
        }
    }

    /** Tells wasmtime-java's loader that the library is loaded, so that it does not copy it to the temp dir. */
    private static void markLoaded() throws IOException {
        try {
            Class<?> loader = Class.forName("io.github.kawamuray.wasmtime.NativeLibraryLoader");
            Field loaded = loader.getDeclaredField("loaded");
            loaded.setAccessible(true);
            loaded.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot tell wasmtime-java's loader that the library is loaded: " + e, e);
        }
    }

    private static void extract(String resource, Path target) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the wasmtime-java jar has no " + resource);
            }
            long size = sizeOf(resource);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static long sizeOf(String resource) throws IOException {
        return NativeLibrary.class.getResource(resource).openConnection().getContentLengthLong();
    }

    private static Path cacheDirectory() {
        String explicit = System.getenv("WASM_SANDBOX_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "wasm-sandbox");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "wasm-sandbox");
    }

    private static String version() throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("/wasmtime-java-meta.properties")) {
            if (in == null) {
                throw new IOException("the wasmtime-java jar has no wasmtime-java-meta.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("jnilib.version");
        }
    }

    /** The library file wasmtime-java ships for this platform, e.g. {@code libwasmtime_jni_0.19.0_linux_x86_64.so}. */
    private static String libraryFileName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        String v;
        try {
            v = version();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (a != null && os.contains("linux")) {
            return "libwasmtime_jni_" + v + "_linux_" + a + ".so";
        }
        if (a != null && (os.contains("mac") || os.contains("darwin"))) {
            return "libwasmtime_jni_" + v + "_macos_" + a + ".dylib";
        }
        if ("x86_64".equals(a) && os.contains("windows")) {
            return "wasmtime_jni_" + v + "_windows_x86_64.dll";
        }
        throw new IllegalStateException("wasmtime-java 0.19 ships no native library for " + os + " " + arch
                + " (it has linux and macOS on x86_64 and aarch64, and Windows on x86_64)");
    }
}
