package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.WasmFeature;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies the catalog's fixtures ({@link io.github.wasmsandbox.fixtures.HostileFixture}), filtered by the
 * attributes below, to a test that runs once per fixture: to sweep them through your own host.
 *
 * <ul>
 *   <li>On a {@code @ParameterizedTest} (needs {@code junit-jupiter-params}, which {@code junit-jupiter} brings), it
 *       is an {@code ArgumentsSource}: one invocation per fixture, named after the fixture's id
 *       ({@code [1] loop-br}), its first parameter a {@code HostileFixture}.
 *   <li>On a {@link SandboxTest}, the test runs once per runtime of the {@link WasmSandbox} in force and fixture,
 *       named {@code [chicory-compiler] loop-br}; its {@code Sandbox} parameter is on that runtime and its
 *       {@code HostileFixture} (or {@code GuestFixture}) parameter is that fixture.
 * </ul>
 *
 * <p>Each attribute left empty selects everything; set attributes all apply (a fixture must pass every one).
 * The fixtures come in catalog order, or in the order of {@link #ids()} when it is set.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @HostileFixtures(stoppedBy = Limit.DEADLINE, excludeKnownDeviationsOf = "chicory-interpreter",
 *         excludeImports = {HostImport.BLOCK, HostImport.TICK})
 * void myHostStopsEveryLoop(HostileFixture fixture) {             // [1] loop-br, [2] if-else-backedge, ...
 *     assertPreemptedWithin(2_000, TimeoutException.class, () -> myHost.call(fixture.bytes(), "run"));
 * }
 *
 * @SandboxTest
 * @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"})
 * @HostileFixtures(stoppedBy = Limit.FUEL, excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST)
 * void everyRuntimeMetersFuel(Sandbox sandbox, HostileFixture fixture) {
 *     // [chicory-interpreter] tail-call-indirect-fuel, ... [chicory-compiler] start-fuel-bomb, fuel-bomb
 *     try (Sandbox limited = sandbox.withLimits(SandboxLimits.forFixture(fixture))) {
 *         assertThat(limited.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
 *     }
 * }
 *
 * @ParameterizedTest
 * @HostileFixtures(ids = "loop-bx")   // fails before any invocation: "@HostileFixtures on method typo(): ids
 * void typo(HostileFixture f) { }     //   must name catalog fixtures, but was 'loop-bx' (the ids are in
 *                                     //   docs/fixtures.md: answer, sum-loop, ...)"
 * }</pre>
 *
 * <p><b>Misuse fails eagerly</b>, before any invocation, with an {@code ExtensionConfigurationException} listing
 * every problem: an unknown fixture id in {@link #ids()} or {@link #exclude()}, an unknown runtime in
 * {@link #excludeKnownDeviationsOf()}, filters that select no fixture (with how many fixtures each filter kept),
 * and a method that is neither a {@code @ParameterizedTest} nor a {@code @SandboxTest}, or both.
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(HostileFixturesProvider.class)
@ExtendWith(HostileFixturesPlacement.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface HostileFixtures {

    /**
     * The value of {@link #excludeKnownDeviationsOf()} that means, on a {@link SandboxTest}, "the runtime of each
     * invocation": a fixture is left out on the runtimes that have a known deviation for it and runs on the others.
     * Only meaningful on a {@code @SandboxTest}; a {@code @ParameterizedTest} names the runtime instead.
     */
    String RUNTIME_UNDER_TEST = "<runtime under test>";

    /**
     * Only the fixtures meant to be stopped by one of these limits ({@code HostileFixture.stoppedBy()};
     * {@link Limit#NONE} for the benign controls and the fixtures that end on their own). The limits a fixture is
     * only run under ({@code alsoLimitedBy()}, which must <em>not</em> be what stops it) do not count.
     */
    Limit[] stoppedBy() default {};

    /** Only the fixtures whose expected outcome ({@code HostileFixture.expectedOutcome()}) is one of these. */
    OutcomeKind[] outcome() default {};

    /** Only these fixtures, by id (as in {@code docs/fixtures.md}), in this order; each id at most once. */
    String[] ids() default {};

    /** Not these fixtures, by id. An id may not be in both {@link #ids()} and here. */
    String[] exclude() default {};

    /** Not the fixtures that need one of these Wasm features (for a host that does not enable them). */
    WasmFeature[] excludeFeatures() default {};

    /**
     * Not the fixtures that import one of these host functions (for a host that does not provide them; the
     * standard implementations are in {@code FixtureHost}).
     */
    HostImport[] excludeImports() default {};

    /**
     * Not the fixtures that one of these runtimes has a documented known deviation for
     * ({@code SandboxRuntime.knownDeviations()}, listed in {@code docs/fixtures.md}), by runtime name as in
     * {@link WasmSandbox#runtimes()}: for a host built on that runtime, whose documented failures are not the
     * host's. On a {@link SandboxTest}, {@link #RUNTIME_UNDER_TEST} leaves each fixture out only on the runtimes
     * that deviate on it.
     */
    String[] excludeKnownDeviationsOf() default {};
}
