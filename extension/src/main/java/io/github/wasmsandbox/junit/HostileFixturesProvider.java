package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.fixtures.HostileFixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The {@code ArgumentsProvider} behind {@link HostileFixtures} on a {@code @ParameterizedTest}: one argument per
 * selected fixture, {@link Named} after its id so that the invocation's display name shows it ({@code [1] loop-br}
 * on JUnit 5.10 and 6 alike). JUnit hands it the annotation, composed or not.
 */
final class HostileFixturesProvider extends AnnotationBasedArgumentsProvider<HostileFixtures> {

    // The one method that both JUnit 5.10 and 6.x call: 5.13 added an overload taking ParameterDeclarations, whose
    // default calls this one. (ArgumentsProvider's own one-argument method is called on 6.x too, but there every
    // exception it throws is rewrapped as "does not override", which would hide the misuse message.)
    @Override
    @SuppressWarnings("deprecation")
    protected Stream<? extends Arguments> provideArguments(ExtensionContext context, HostileFixtures annotation) {
        if (AnnotationSupport.isAnnotated(context.getRequiredTestMethod(), SandboxTest.class)) {
            throw HostileFixturesPlacement.bothTemplates(context);
        }
        return FixtureSelection.select(annotation, SandboxStore.element(context), SandboxStore.registry(context))
                .stream().map(HostileFixturesProvider::argument);
    }

    private static Arguments argument(HostileFixture fixture) {
        return Arguments.of(Named.of(fixture.id(), fixture));
    }
}
