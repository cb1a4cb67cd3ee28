package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks made before a guest starts: every import has a host function, the export exists and takes the
 * arguments given, no declared minimum exceeds a cap. Each returns the problem, or {@code null} when there is
 * none; a misuse of the API (wrong arguments) throws {@link IllegalArgumentException}.
 */
final class InvocationChecks {

    private InvocationChecks() {}

    static String linkProblem(PreparedModule module, Invocation invocation) {
        Set<String> offered = new HashSet<>();
        for (HostFunction f : invocation.hostFunctions()) {
            offered.add(f.qualifiedName());
        }
        for (String imported : module.importedFunctions()) {
            if (!offered.contains(imported)) {
                return "the module imports the function " + imported + " but no HostFunction was given for it; "
                        + "pass one with Invocation.withHost(HostFunction.of(...))";
            }
        }
        if (invocation.export().isPresent()) {
            String name = invocation.export().get();
            PreparedModule.Signature signature = module.exportedFunctions().get(name);
            if (signature == null) {
                return "no exported function named '" + name + "'; the module exports the functions "
                        + module.exportedFunctions().keySet().stream()
                                .filter(n -> !n.startsWith(LimitPlan.RESERVED_PREFIX)).sorted().toList();
            }
            if (signature.params().size() != invocation.args().length) {
                throw new IllegalArgumentException("export '" + name + "' of " + invocation.module().name()
                        + " takes " + signature.params().size() + " argument(s) " + signature.params() + ", but "
                        + invocation.args().length + " were given");
            }
            for (int i = 0; i < invocation.args().length; i++) {
                String type = signature.params().get(i);
                long arg = invocation.args()[i];
                boolean narrow = type.equals("i32") || type.equals("f32");
                if (narrow && (arg < Integer.MIN_VALUE || arg > 0xFFFF_FFFFL)) {
                    throw new IllegalArgumentException("argument " + i + " of export '" + name + "' of "
                            + invocation.module().name() + " is an " + type + ", but " + arg + " does not fit in 32 bits"
                            + (type.equals("f32") ? " (pass Float.floatToRawIntBits(value))" : ""));
                }
                if (!narrow && !type.equals("i64") && !type.equals("f64")) {
                    throw new IllegalArgumentException("argument " + i + " of export '" + name + "' of "
                            + invocation.module().name() + " is a " + type + ", which the sandbox cannot pass; "
                            + "it passes i32, i64, f32 and f64 only");
                }
            }
        }
        return null;
    }

    static String declaredMinimumAboveCap(PreparedModule module, SandboxLimits limits) {
        if (limits.maxMemoryPages().isPresent()) {
            int cap = limits.maxMemoryPages().getAsInt();
            List<Long> minimums = module.memoryMinimums();
            for (int i = 0; i < minimums.size(); i++) {
                if (minimums.get(i) > cap) {
                    return "memory " + i + " declares a minimum of " + minimums.get(i) + " pages, above the cap of "
                            + cap + " pages (maxMemoryPages); raise the cap or shrink the module's memory";
                }
            }
        }
        if (limits.maxTableElements().isPresent()) {
            int cap = limits.maxTableElements().getAsInt();
            List<Long> minimums = module.tableMinimums();
            for (int i = 0; i < minimums.size(); i++) {
                if (minimums.get(i) > cap) {
                    return "table " + i + " declares a minimum of " + minimums.get(i) + " elements, above the cap of "
                            + cap + " elements (maxTableElements); raise the cap or shrink the module's table";
                }
            }
        }
        return null;
    }

}
