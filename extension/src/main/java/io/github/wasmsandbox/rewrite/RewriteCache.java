package io.github.wasmsandbox.rewrite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers rewritten modules, keyed by the SHA-256 of the input bytes and of the options' fingerprint
 * (which includes {@link CostModel#fingerprint()}), so a module used by many tests is rewritten once.
 *
 * <p>Thread-safe: concurrent requests for the same key rewrite once. The returned arrays are copies, so
 * callers may modify them. Entries live as long as the cache; callers scope it (for example to a test
 * class) and drop it with {@link #clear()}.
 *
 * @since 0.1.0
 */
public final class RewriteCache {

    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();

    /** Creates an empty cache. */
    public RewriteCache() {}

    /**
     * Returns the rewritten module, rewriting it on first use.
     *
     * @param wasm the original module
     * @param options the rewrite options
     * @return a copy of the rewritten module
     * @throws ModuleRewriteException as {@link ModuleRewriter#rewrite(byte[], RewriteOptions)} (failures are not cached)
     */
    public byte[] rewrite(byte[] wasm, RewriteOptions options) {
        Objects.requireNonNull(wasm, "wasm");
        Objects.requireNonNull(options, "options");
        String key = key(wasm, options);
        byte[] result = entries.computeIfAbsent(key, k -> ModuleRewriter.rewrite(wasm.clone(), options));
        return result.clone();
    }

    /**
     * The number of cached modules.
     *
     * @return the entry count
     */
    public int size() {
        return entries.size();
    }

    /** Drops every entry. */
    public void clear() {
        entries.clear();
    }

    static String key(byte[] wasm, RewriteOptions options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String input = HexFormat.of().formatHex(sha.digest(wasm));
            sha.reset();
            String opts = HexFormat.of().formatHex(sha.digest(options.fingerprint().getBytes(StandardCharsets.UTF_8)));
            return input + ":" + opts;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
