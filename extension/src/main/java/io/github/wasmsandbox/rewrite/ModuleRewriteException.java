package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * Thrown when {@link ModuleRewriter} cannot rewrite a module safely: malformed input, a proposal the
 * rewriter does not understand (exceptions, threads, GC, memory64, unknown opcodes), or a limit the
 * module cannot meet. The rewriter never emits a module it could not fully decode.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ModuleRewriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused, and where (function index, byte offset, opcode when known)
     */
    public ModuleRewriteException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what was refused, and where
     * @param cause the underlying failure
     */
    public ModuleRewriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
