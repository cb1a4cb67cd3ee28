package io.github.wasmsandbox.rewrite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared}: skips when the property is unset (IDE run), fails loudly when it points nowhere. */
final class SharedData {

    static final String PROPERTY = "wasm.sandbox.shared.dir";

    private SharedData() {}

    static Path dir(String child) {
        String value = System.getProperty(PROPERTY);
        assumeTrue(value != null && !value.isBlank(), "system property " + PROPERTY + " is not set");
        Path dir = Path.of(value).resolve(child).normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("system property " + PROPERTY + "=" + value + " is set, but " + dir
                    + " does not exist; put the shared test data beside the repository (see shared/README.md)"
                    + " or drop the shared-data profile");
        }
        return dir;
    }
}
