package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.fixtures.HostileFixture;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects a catalog fixture into a {@link HostileFixture} parameter of a {@link WasmSandbox} test, by id or by
 * enum constant (exactly one of the two).
 *
 * <pre>{@code
 * @Test
 * void spins(@Fixture("loop-br") HostileFixture loop, Sandbox sandbox) { ... }
 *
 * @Test
 * void grows(@Fixture(constant = HostileFixture.MEMORY_GROW_BOMB) HostileFixture bomb, Sandbox sandbox) { ... }
 *
 * @Test
 * void typo(@Fixture("loop-bx") HostileFixture loop) { }   // fails: "@Fixture("loop-bx") on parameter loop of
 *                                                          //   method typo(): no fixture with id 'loop-bx'; ..."
 * }</pre>
 *
 * <p>To run a test once per fixture, use {@link HostileFixtures} instead.
 *
 * @since 0.1.0
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface Fixture {
    /** The fixture's id, as in {@code docs/fixtures.md}; empty when {@link #constant()} names it. */
    String value() default "";

    /**
     * The fixture as its enum constant, which the compiler checks; at most one, and only when {@link #value()} is
     * empty.
     *
     * @since 0.1.0
     */
    HostileFixture[] constant() default {};
}
