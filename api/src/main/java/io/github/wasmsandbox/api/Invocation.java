package io.github.wasmsandbox.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to run: a module, the export to call (or none, to only instantiate it and run its start function),
 * the arguments, and the host functions the module imports.
 *
 * <pre>{@code
 * Invocation.of(module).call("add", 2, 3).withHost(logFunction);
 * Invocation.of(module).instantiateOnly();
 * Invocation.of(HostileFixture.HOST_BLOCK_LOOP);   // export and host functions from the catalog
 * }</pre>
 *
 * @param module the module
 * @param export the export to call; empty to only instantiate
 * @param args raw Wasm arguments
 * @param hostFunctions the host functions offered to the module's imports
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Invocation(GuestModule module, Optional<String> export, long[] args, List<HostFunction> hostFunctions) {

    /** Checks the components. */
    public Invocation {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(export, "export");
        args = Objects.requireNonNull(args, "args").clone();
        hostFunctions = List.copyOf(hostFunctions);
    }

    /** Instantiates {@code module} only (its start function runs), with no host functions. */
    public static Invocation of(GuestModule module) {
        return new Invocation(module, Optional.empty(), new long[0], List.of());
    }

    /**
     * A catalog fixture as the catalog says to run it: its export (or instantiation only) and the standard
     * host functions it imports.
     */
    public static Invocation of(GuestFixture fixture) {
        return new Invocation(GuestModule.of(fixture), fixture.export(), new long[0], fixture.hostFunctions());
    }

    /** Calls {@code export} with {@code args} after instantiation. */
    public Invocation call(String export, long... args) {
        return new Invocation(module, Optional.of(Objects.requireNonNull(export, "export")), args, hostFunctions);
    }

    /** Only instantiates the module (its start function runs); calls nothing. */
    public Invocation instantiateOnly() {
        return new Invocation(module, Optional.empty(), new long[0], hostFunctions);
    }

    /** Adds host functions for the module's imports. */
    public Invocation withHost(HostFunction... functions) {
        List<HostFunction> all = new ArrayList<>(hostFunctions);
        all.addAll(Arrays.asList(functions));
        return new Invocation(module, export, args, all);
    }

    /** The arguments (a copy). */
    @Override
    public long[] args() {
        return args.clone();
    }

    /** {@code module.export(args)} or {@code module (instantiate only)}, for messages. */
    public String describe() {
        return module.name() + export.map(e -> "." + e + Arrays.toString(args).replace('[', '(').replace(']', ')'))
                .orElse(" (instantiate only)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invocation other && module.equals(other.module) && export.equals(other.export)
                && Arrays.equals(args, other.args) && hostFunctions.equals(other.hostFunctions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, export, Arrays.hashCode(args), hostFunctions);
    }

    @Override
    public String toString() {
        return describe();
    }
}
