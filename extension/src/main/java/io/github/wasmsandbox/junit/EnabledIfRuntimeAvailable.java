package io.github.wasmsandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class or method only when every named runtime can run on this machine; otherwise it
 * is skipped with the runtime's reason (for example "wasmtime-java is not on the class path; add the dependency
 * ..."). A name no adapter has fails the element instead, naming the known runtimes, so a typo never turns into
 * a silent skip. It needs no {@link WasmSandbox}, and can be composed into your own annotations.
 *
 * <pre>{@code
 * @Test
 * @EnabledIfRuntimeAvailable("wasmtime")   // skipped where wasmtime's native library cannot load
 * void epochInterruption() {
 *     try (Sandbox sandbox = Sandboxes.open("wasmtime", SandboxLimits.builder().deadlineMillis(50).build())) {
 *         assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
 *     }
 * }
 *
 * @Test
 * @EnabledIfRuntimeAvailable("wasmtim")    // fails: "@EnabledIfRuntimeAvailable names 'wasmtim', which is not a
 * void typo() { }                          //   known runtime; known runtimes: [...]"
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RuntimeAvailableCondition.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface EnabledIfRuntimeAvailable {

    /** The runtime names (as in {@link WasmSandbox#runtimes()}), at least one; all must be available. */
    String[] value();
}
