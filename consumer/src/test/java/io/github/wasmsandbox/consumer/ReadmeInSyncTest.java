package io.github.wasmsandbox.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * README.md shows a user what this module is: its example test and its dependency block. This test fails when
 * either drifts from the README, so that the README's example always compiles and runs as shown.
 */
@DisplayName("README.md")
class ReadmeInSyncTest {

    /** Surefire runs the tests in the module's directory, beside the project root's README. */
    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/io/github/wasmsandbox/consumer/ReadmeExampleTest.java");
    private static final Path POM = Path.of("pom.xml");
    private static final String BEGIN_DEPENDENCIES = "<!-- begin: README dependencies -->";
    private static final String END_DEPENDENCIES = "<!-- end: README dependencies -->";

    @Test
    @DisplayName("shows, under '## Example', the consumer's ReadmeExampleTest verbatim, imports included")
    void exampleIsTheConsumersTest() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("\n## Example\n");
        assertThat(section).as("the '## Example' section of %s", README.toAbsolutePath()).isNotNegative();
        String example = fencedBlocks(readme.substring(section), "java").get(0);
        String test = Files.readString(EXAMPLE);
        String afterPackage = test.substring(test.indexOf(";\n", test.indexOf("package ")) + 2).stripLeading();
        assertThat(example).as("the first ```java block under '## Example' in README.md, which must be %s after its "
                + "package line, character for character: change both together", EXAMPLE).isEqualTo(afterPackage);
    }

    @Test
    @DisplayName("shows the consumer's dependency block, with the BOM, the extension, JUnit and AssertJ")
    void dependencyBlockIsTheConsumers() throws IOException {
        List<String> xml = fencedBlocks(Files.readString(README), "xml");
        assertThat(xml).as("the ```xml blocks of README.md (the dependency block a user pastes)").hasSize(1);
        String pom = Files.readString(POM);
        int begin = pom.indexOf(BEGIN_DEPENDENCIES);
        int end = pom.indexOf(END_DEPENDENCIES);
        assertThat(begin).as("%s in %s", BEGIN_DEPENDENCIES, POM.toAbsolutePath()).isNotNegative();
        assertThat(end).as("%s in %s", END_DEPENDENCIES, POM.toAbsolutePath()).isGreaterThan(begin);
        String dependencies = pom.substring(pom.indexOf('\n', begin) + 1, pom.lastIndexOf('\n', end) + 1);
        assertThat(withoutIndentation(xml.get(0))).as("the ```xml block of README.md, which must be what %s has between %s "
                + "and %s (indentation aside): change both together", POM, BEGIN_DEPENDENCIES, END_DEPENDENCIES)
                .isEqualTo(withoutIndentation(dependencies));
    }

    /** {@code text} without its trailing white space and without the indentation all its lines share. */
    private static String withoutIndentation(String text) {
        return text.stripTrailing().stripIndent();
    }

    /** The contents of every fenced block of {@code language} in {@code markdown}, in order, each ending in a newline. */
    private static List<String> fencedBlocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        String open = "\n```" + language + "\n";
        for (int start = markdown.indexOf(open); start >= 0; start = markdown.indexOf(open, start + 1)) {
            int from = start + open.length();
            int to = markdown.indexOf("\n```\n", from - 1);
            assertThat(to).as("the end of the ```%s block at offset %d of README.md", language, start).isPositive();
            blocks.add(markdown.substring(from, to + 1));
        }
        assertThat(blocks).as("```%s blocks in README.md", language).isNotEmpty();
        return blocks;
    }
}
