package io.github.wasmsandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects a catalog fixture into a {@link io.github.wasmsandbox.fixtures.HostileFixture} parameter of a
 * {@link WasmSandbox} test, by id.
 *
 * <pre>{@code
 * @Test
 * void spins(@Fixture("loop-br") HostileFixture loop, Sandbox sandbox) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface Fixture {
    /** The fixture's id, as in {@code docs/fixtures.md}. */
    String value();
}
