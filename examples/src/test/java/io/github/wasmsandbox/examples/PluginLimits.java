package io.github.wasmsandbox.examples;

import io.github.wasmsandbox.junit.WasmSandbox;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// tag::composed[]
/** Your own annotation: the limits every plugin test starts from. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WasmSandbox(runtimes = "chicory-compiler", deadlineMillis = 200, maxMemoryPages = 32)
@interface PluginLimits {}
// end::composed[]
