package io.github.wasmsandbox.examples;

/** A base class of plugin tests, carrying the composed {@link PluginLimits}; subclasses add to them. */
@PluginLimits
abstract class PluginTestBase {}
