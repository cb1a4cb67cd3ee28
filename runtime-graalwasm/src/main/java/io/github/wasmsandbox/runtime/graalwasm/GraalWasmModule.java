package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import org.graalvm.polyglot.Source;

/** A module GraalWasm has validated, with its shape; its source is what each run's context evaluates. */
record GraalWasmModule(ModuleShape shape, Source source) implements PreparedModule {}
