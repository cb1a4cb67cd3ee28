package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * Thrown when a module declares a memory or table whose <em>minimum</em> already exceeds the cap
 * requested in {@link RewriteOptions}: clamping the maximum cannot help, because instantiation itself
 * would allocate more than allowed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class LimitExceededException extends ModuleRewriteException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the memory/table index, the declared minimum, the cap and the fix
     */
    public LimitExceededException(String message) {
        super(message);
    }
}
