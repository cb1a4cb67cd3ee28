package io.github.wasmsandbox.wat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class WatCompilerTest {

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        String src = "(module\n  (func (export \"run\")\n    i32.bogus))\n";
        Throwable thrown = catchThrowable(() -> WatCompiler.compile(src, "broken.wat"));
        assertThat(thrown).isInstanceOf(WatSyntaxException.class);
        WatSyntaxException e = (WatSyntaxException) thrown;
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("broken.wat:3:5: ").contains("i32.bogus");
    }

    @Test
    void validSourceCompiles() {
        assertThat(WatCompiler.compile("(module)")).startsWith(0x00, 0x61, 0x73, 0x6d);
    }
}
