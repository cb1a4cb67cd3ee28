package io.github.wasmsandbox.spi;

import org.apiguardian.api.API;

/**
 * Thrown by {@link RuntimeEngine#prepare(byte[])} when a module is malformed or invalid; the core reports it as
 * an {@code INVALID_MODULE} outcome. The message says what is wrong and, when the runtime knows, where.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class InvalidModuleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An invalid-module error with a message. */
    public InvalidModuleException(String message) {
        super(message);
    }

    /** An invalid-module error with a message and the runtime's exception. */
    public InvalidModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
