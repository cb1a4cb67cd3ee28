package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The condition behind {@link EnabledIfRuntimeAvailable}. Stateless; the registry is in the root store. */
final class RuntimeAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<EnabledIfRuntimeAvailable> annotation = context.getElement()
                .flatMap(e -> AnnotationSupport.findAnnotation(e, EnabledIfRuntimeAvailable.class));
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no @EnabledIfRuntimeAvailable");
        }
        RuntimeRegistry registry = SandboxStore.registry(context);
        String[] names = annotation.get().value();
        if (names.length == 0) {
            throw new ExtensionConfigurationException("@EnabledIfRuntimeAvailable needs at least one runtime name");
        }
        List<String> reasons = new ArrayList<>();
        for (String name : names) {
            if (!registry.names().contains(name)) {
                throw new ExtensionConfigurationException("@EnabledIfRuntimeAvailable names '" + name + "', which is "
                        + "not a known runtime; known runtimes: " + registry.names());
            }
            SandboxRuntime runtime = registry.get(name);
            runtime.unavailableReason().ifPresent(r -> reasons.add(ConfigurationResolver.unavailable(name, r)));
        }
        return reasons.isEmpty()
                ? ConditionEvaluationResult.enabled("runtimes available: " + List.of(names))
                : ConditionEvaluationResult.disabled(String.join("; ", reasons));
    }
}
