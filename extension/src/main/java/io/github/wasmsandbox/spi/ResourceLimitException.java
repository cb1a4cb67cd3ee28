package io.github.wasmsandbox.spi;

import org.apiguardian.api.API;

/**
 * Thrown by an adapter's {@link RuntimeEngine#run} when a memory or table cap stops the guest: a declared
 * minimum above the cap, or a trap after growth was denied at the cap. Classified as {@code MEMORY_LIMIT}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ResourceLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A resource-limit error with a message naming the memory or table, its size and the cap. */
    public ResourceLimitException(String message) {
        super(message);
    }

    /** A resource-limit error with the trap that followed the denied growth. */
    public ResourceLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
