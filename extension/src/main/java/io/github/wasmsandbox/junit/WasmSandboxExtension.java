package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.ConfigurationResolver.Resolution;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link WasmSandbox} and {@link SandboxTest}. For each class, nested class, method and
 * template invocation it resolves the configuration once, before the element runs (execution condition, then
 * {@code beforeAll}/{@code beforeEach}), fails the element with every problem when it is misconfigured, skips or
 * fails it when its runtime cannot run here; then it resolves sandbox parameters and runs {@code @SandboxTest}
 * templates once per runtime (and per fixture, with {@link HostileFixtures}). Stateless; everything lives in
 * {@link SandboxStore}.
 */
final class WasmSandboxExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        ParameterResolver, TestTemplateInvocationContextProvider {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getElement().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a class or method");
        }
        Resolution resolution = SandboxStore.resolution(context);
        if (resolution.configuration().isEmpty()) {
            // Reported as the element's failure by beforeAll/beforeEach (or the template), not as a skip.
            return ConditionEvaluationResult.enabled("misconfigured");
        }
        SandboxConfiguration configuration = resolution.configuration().get();
        Optional<String> unavailable = unavailable(context, configuration);
        if (unavailable.isPresent() && configuration.unavailableRuntime() == UnavailableRuntime.SKIP) {
            return ConditionEvaluationResult.disabled(unavailable.get());
        }
        return ConditionEvaluationResult.enabled("configured");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        check(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check(context);
    }

    /** Fails a misconfigured element, or one whose runtime cannot run here unless it is to be skipped. */
    private static void check(ExtensionContext context) {
        SandboxConfiguration configuration = SandboxStore.configuration(context);
        Optional<String> unavailable = unavailable(context, configuration);
        if (unavailable.isPresent() && configuration.unavailableRuntime() == UnavailableRuntime.FAIL) {
            throw unavailableFailure(context, unavailable.get());
        }
    }

    /**
     * Why {@code context}'s element cannot run here, if so: for a class, when none of its runtimes is available;
     * for a plain test method, when its one runtime is not. A {@code @SandboxTest} is decided per invocation.
     */
    private static Optional<String> unavailable(ExtensionContext context, SandboxConfiguration configuration) {
        if (isSandboxTest(context)) {
            return Optional.empty();
        }
        boolean isClass = context.getTestMethod().isEmpty();
        if (!isClass && configuration.runtimes().size() != 1) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (String runtime : configuration.runtimes()) {
            SandboxStore.registry(context).get(runtime).unavailableReason()
                    .ifPresent(r -> reasons.add(ConfigurationResolver.unavailable(runtime, r)));
        }
        return reasons.size() == configuration.runtimes().size()
                ? Optional.of(String.join("; ", reasons)) : Optional.empty();
    }

    private static ExtensionConfigurationException unavailableFailure(ExtensionContext context, String reason) {
        return new ExtensionConfigurationException("@WasmSandbox for " + SandboxStore.element(context) + ": " + reason
                + ". To skip such tests instead of failing them, set " + WasmSandbox.UNAVAILABLE_RUNTIME_PROPERTY
                + "=skip or @WasmSandbox(unavailableRuntime = UnavailableRuntime.SKIP)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == SandboxLimits.class) {
            return true;
        }
        if (type == HostileFixture.class) {
            return parameter.isAnnotated(Fixture.class);
        }
        // In a @SandboxTest, the invocation context's own resolver knows the runtime.
        return !isSandboxTest(context) && RuntimeBoundParameters.supports(type, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == SandboxLimits.class) {
            return SandboxStore.configuration(context).limits();
        }
        if (type == HostileFixture.class) {
            return fixture(parameter.findAnnotation(Fixture.class).orElseThrow(), parameter, context);
        }
        return RuntimeBoundParameters.resolve(type, context, SandboxStore.singleRuntime(context));
    }

    /** The fixture a {@link Fixture} names, by id or by constant (exactly one of them). */
    private static HostileFixture fixture(Fixture fixture, ParameterContext parameter, ExtensionContext context) {
        String name = parameter.getParameter().isNamePresent() ? parameter.getParameter().getName()
                : "#" + parameter.getIndex();
        String where = "parameter " + name + " of " + SandboxStore.element(context);
        boolean byId = !fixture.value().isEmpty();
        int constants = fixture.constant().length;
        if (byId ? constants > 0 : constants != 1) {
            String named = constants == 0 ? "none" : (byId ? "the id '" + fixture.value() + "' and " : "")
                    + "the constants " + Arrays.toString(fixture.constant());
            throw new ParameterResolutionException("@Fixture on " + where + " must name exactly one fixture, by id "
                    + "(@Fixture(\"loop-br\")) or by constant (@Fixture(constant = HostileFixture.LOOP_BR)), but it "
                    + "names " + named);
        }
        if (!byId) {
            return fixture.constant()[0];
        }
        try {
            return HostileFixture.byId(fixture.value());
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("@Fixture(\"" + fixture.value() + "\") on " + where + ": "
                    + e.getMessage() + "; or name it by constant, which the compiler checks: "
                    + "@Fixture(constant = HostileFixture.LOOP_BR)", e);
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return isSandboxTest(context);
    }

    /**
     * One invocation per runtime; with {@link HostileFixtures} on the method, one per runtime and selected fixture,
     * runtime by runtime (the selection is checked before any invocation runs).
     */
    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<String> runtimes = SandboxStore.configuration(context).runtimes();
        Method method = context.getRequiredTestMethod();
        Optional<HostileFixtures> fixtures = AnnotationSupport.findAnnotation(method, HostileFixtures.class);
        if (fixtures.isEmpty()) {
            return runtimes.stream().map(r -> new RuntimeInvocation(r, Optional.empty()));
        }
        // Only here, with @HostileFixtures, is junit-jupiter-params known to be on the class path.
        HostileFixturesPlacement.requireNotParameterized(context);
        Map<String, List<HostileFixture>> selected = FixtureSelection.selectPerRuntime(fixtures.get(),
                SandboxStore.element(context), SandboxStore.registry(context), runtimes);
        return selected.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(f -> new RuntimeInvocation(e.getKey(), Optional.of(f))));
    }

    private static boolean isSandboxTest(ExtensionContext context) {
        return SandboxStore.isSandboxTest(context);
    }

    /** One invocation of a {@code @SandboxTest}, on one runtime, and with {@link HostileFixtures} on one fixture. */
    private record RuntimeInvocation(String runtime, Optional<HostileFixture> fixture)
            implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + runtime + "]" + fixture.map(f -> " " + f.id()).orElse("");
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return fixture.<List<Extension>>map(f -> List.of(new RuntimeBinding(runtime), new FixtureBinding(f)))
                    .orElseGet(() -> List.of(new RuntimeBinding(runtime)));
        }
    }

    /**
     * The fixture of one {@code @SandboxTest} invocation with {@link HostileFixtures}: injected into a parameter of
     * type {@code HostileFixture} or {@code GuestFixture} that is not annotated with {@link Fixture}.
     */
    private record FixtureBinding(HostileFixture fixture) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return (type == HostileFixture.class || type == GuestFixture.class)
                    && !parameter.isAnnotated(Fixture.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return fixture;
        }
    }

    /**
     * What one {@code @SandboxTest} invocation adds: its runtime-bound parameters, and the skip or failure when
     * its runtime cannot run here.
     */
    private record RuntimeBinding(String runtime) implements ParameterResolver, ExecutionCondition,
            BeforeEachCallback {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return RuntimeBoundParameters.supports(parameter.getParameter().getType(), context);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return RuntimeBoundParameters.resolve(parameter.getParameter().getType(), context, runtime);
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<SandboxConfiguration> configuration = SandboxStore.resolution(context).configuration();
            Optional<String> unavailable = unavailable(context);
            if (configuration.isPresent() && unavailable.isPresent()
                    && configuration.get().unavailableRuntime() == UnavailableRuntime.SKIP) {
                return ConditionEvaluationResult.disabled(unavailable.get());
            }
            return ConditionEvaluationResult.enabled("runtime " + runtime);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            SandboxConfiguration configuration = SandboxStore.configuration(context);
            Optional<String> unavailable = unavailable(context);
            if (unavailable.isPresent() && configuration.unavailableRuntime() == UnavailableRuntime.FAIL) {
                throw unavailableFailure(context, unavailable.get());
            }
        }

        private Optional<String> unavailable(ExtensionContext context) {
            return SandboxStore.registry(context).get(runtime).unavailableReason()
                    .map(r -> ConfigurationResolver.unavailable(runtime, r));
        }
    }

    /**
     * The parameter types that depend on the runtime: {@link Sandbox}, and the native types runtime adapters
     * offer through the SPI ({@link SandboxRuntime#nativeParameterTypes()}).
     */
    private static final class RuntimeBoundParameters {
        private RuntimeBoundParameters() {}

        static boolean supports(Class<?> type, ExtensionContext context) {
            return type == Sandbox.class || SandboxStore.registry(context).all().stream()
                    .anyMatch(r -> r.nativeParameterTypes().contains(type));
        }

        static Object resolve(Class<?> type, ExtensionContext context, String runtime) {
            if (type == Sandbox.class) {
                return SandboxStore.sandbox(context, runtime);
            }
            SandboxRuntime adapter = SandboxStore.registry(context).get(runtime);
            if (!adapter.nativeParameterTypes().contains(type)) {
                List<String> offering = SandboxStore.registry(context).all().stream()
                        .filter(r -> r.nativeParameterTypes().contains(type)).map(SandboxRuntime::name).toList();
                throw new ParameterResolutionException("a " + type.getSimpleName() + " parameter is offered by the "
                        + "runtimes " + offering + ", but this test runs on '" + runtime + "'");
            }
            return adapter.nativeParameter(type, SandboxStore.configuration(context).limits());
        }
    }
}
