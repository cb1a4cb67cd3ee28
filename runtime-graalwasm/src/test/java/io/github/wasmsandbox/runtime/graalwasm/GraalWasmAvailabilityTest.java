package io.github.wasmsandbox.runtime.graalwasm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.core.Sandboxes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's tests must run on a JDK GraalWasm 25 supports; if not, say how to get one. */
@DisplayName("The graalwasm runtime's availability")
class GraalWasmAvailabilityTest {

    private static final Path JDK17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @Test
    @DisplayName("is registered and usable in the test JVM (JDK 21+, GraalWasm on the class path)")
    void available() {
        assertThat(new GraalWasmRuntime().unavailableReason())
                .as("graalwasm's unavailableReason on %s; run this module's tests on a JDK 21+ with "
                        + "-Dwasm.sandbox.graalwasm.jdk=/path/to/jdk/bin/java", System.getProperty("java.home"))
                .isEmpty();
        assertThat(Sandboxes.availableRuntimes()).contains(GraalWasmRuntime.NAME);
    }

    @Test
    @DisplayName("names the JDK requirement on JDK 17 (a child JVM on the same class path)")
    void unavailableOnJdk17() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(JDK17), "no JDK 17 at " + JDK17);
        Process child = new ProcessBuilder(JDK17.toString(), "-cp", System.getProperty("java.class.path"),
                UnavailableReason.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the JDK 17 child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("GraalWasm 25 needs JDK 21 or later, this JVM is 17");
    }

    /** Prints the runtime's unavailable reason; the main of the JDK 17 child. */
    static final class UnavailableReason {
        public static void main(String[] args) {
            System.out.println(new GraalWasmRuntime().unavailableReason().orElse("available"));
        }
    }
}
