package io.github.wasmsandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once per runtime of the {@link WasmSandbox} in force; each invocation's display name
 * shows the runtime ({@code [chicory-interpreter]}) and its {@code Sandbox} parameter is on that runtime.
 *
 * <pre>{@code
 * @SandboxTest
 * @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 100)
 * void everyRuntimePreemptsLoops(Sandbox sandbox) {
 *     assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
 * }
 * }</pre>
 *
 * <p>With {@link HostileFixtures} on the method it runs once per runtime and selected fixture, runtime by runtime
 * ({@code [chicory-interpreter] fuel-bomb}), with that fixture in its {@code HostileFixture} parameter.
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(WasmSandboxExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface SandboxTest {}
