package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * The numeric WebAssembly value types a {@link HostFunction} can take and return.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ValueType {
    /** 32-bit integer. */
    I32,
    /** 64-bit integer. */
    I64,
    /** 32-bit float, passed as its IEEE bits. */
    F32,
    /** 64-bit float, passed as its IEEE bits. */
    F64
}
