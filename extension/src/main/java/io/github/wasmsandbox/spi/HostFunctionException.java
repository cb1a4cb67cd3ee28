package io.github.wasmsandbox.spi;

import org.apiguardian.api.API;

/**
 * Wraps an exception thrown by a {@link io.github.wasmsandbox.api.HostFunction} so that it can cross a runtime;
 * classified as {@code TRAPPED} with trap {@code host}. The cause is the original exception.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class HostFunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Wraps the failure of the host function {@code qualifiedName}. */
    public HostFunctionException(String qualifiedName, Throwable cause) {
        super("host function " + qualifiedName + " threw " + cause.getClass().getName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
