package io.github.wasmsandbox.report;

import org.apiguardian.api.API;

/**
 * A user fixture's headers are wrong: the message names the file, the line and the fix.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FixtureFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming file, line and fix. */
    public FixtureFormatException(String message) {
        super(message);
    }
}
