package io.github.wasmsandbox.wat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Build step of the fixtures module: compiles every {@code .wat} file of a source folder into a
 * {@code .wasm} file of an output folder; a {@code .wat} file with a sibling listing {@code NAME.wasm.txt} (see
 * {@link WasmListing}) is assembled from the listing instead, its {@code .wat} text being the readable
 * specification of what wat2wasm cannot encode. Run by Maven (exec-maven-plugin) during {@code process-classes};
 * any syntax error fails the build with the file, line and wat2wasm's message.
 *
 * <p>Usage: {@code WatBuildTool SOURCE_DIR OUTPUT_DIR}
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WatBuildTool {

    private WatBuildTool() {}

    /** Entry point; throws (failing the Maven build) when any file does not compile. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WatBuildTool SOURCE_DIR OUTPUT_DIR");
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> watFiles;
        try (Stream<Path> files = Files.list(source)) {
            watFiles = files.filter(p -> p.getFileName().toString().endsWith(".wat")).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        for (Path wat : watFiles) {
            String name = wat.getFileName().toString();
            String base = name.substring(0, name.length() - ".wat".length());
            Path target = output.resolve(base + ".wasm");
            Path listing = source.resolve(base + WasmListing.SUFFIX);
            Path from = Files.exists(listing) ? listing : wat;
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(from)) > 0) {
                continue;
            }
            try {
                Files.write(target, from == listing ? WasmListing.assemble(listing) : WatCompiler.compile(wat));
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("wat2wasm rejected " + errors.size() + " fixture(s):\n  "
                    + String.join("\n  ", errors));
        }
        System.out.println("[wat2wasm] " + watFiles.size() + " fixture(s) up to date in " + output);
    }
}
