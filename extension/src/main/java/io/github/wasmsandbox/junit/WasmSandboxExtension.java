package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link WasmSandbox} and {@link SandboxTest}: resolves sandbox parameters and runs
 * {@code @SandboxTest} templates once per runtime. Stateless; everything lives in {@link SandboxStore}.
 */
final class WasmSandboxExtension implements ParameterResolver, TestTemplateInvocationContextProvider {

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
            String id = parameter.findAnnotation(Fixture.class).orElseThrow().value();
            try {
                return HostileFixture.byId(id);
            } catch (IllegalArgumentException e) {
                throw new ParameterResolutionException("@Fixture(\"" + id + "\") on parameter "
                        + parameter.getParameter().getName() + ": " + e.getMessage(), e);
            }
        }
        return RuntimeBoundParameters.resolve(type, context, SandboxStore.singleRuntime(context));
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return isSandboxTest(context);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return SandboxStore.configuration(context).runtimes().stream().map(RuntimeInvocation::new);
    }

    private static boolean isSandboxTest(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, SandboxTest.class)).orElse(false);
    }

    /** One invocation of a {@code @SandboxTest}, on one runtime. */
    private record RuntimeInvocation(String runtime) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + runtime + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new RuntimeParameterResolver(runtime));
        }
    }

    /** Resolves the runtime-bound parameters of one {@code @SandboxTest} invocation. */
    private record RuntimeParameterResolver(String runtime) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return RuntimeBoundParameters.supports(parameter.getParameter().getType(), context);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return RuntimeBoundParameters.resolve(parameter.getParameter().getType(), context, runtime);
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
