package io.github.wasmsandbox.runtime.chicory;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.spi.HostFunctionException;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runtime-neutral {@link io.github.wasmsandbox.api.HostFunction}s as Chicory's own {@link HostFunction}s, for a
 * host that embeds Chicory directly: with them it links every catalog fixture ({@code env.tick},
 * {@code env.block}, {@code env.fail}, as {@code FixtureHost} implements them) without writing the imports again.
 * The sandbox's Chicory runtimes link guests through the same conversion.
 *
 * <pre>{@code
 * HostileFixture fixture = HostileFixture.HOST_BLOCK_LOOP;
 * Instance instance = Instance.builder(Parser.parse(fixture.bytes()))
 *         .withImportValues(ChicoryHostFunctions.forFixture(fixture))
 *         .build();
 * instance.export("run").apply();   // waits in env.block until this thread is interrupted, then
 *                                   // throws ChicoryInterruptedException at the guest's next check
 * }</pre>
 *
 * <p>The catalog's imports behave as {@code FixtureHost} says: {@code env.tick} returns at once; {@code env.fail}
 * throws, here as a {@link HostFunctionException} naming the import, with the host's exception as its cause;
 * {@code env.block} waits until its thread is interrupted and returns with the interrupt flag set, so Chicory
 * throws its {@link ChicoryInterruptedException} at the next check (a call or a loop back-edge). A guest that
 * makes no check after the host call returns normally: {@code host-block-once} then answers 1.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ChicoryHostFunctions {

    private ChicoryHostFunctions() {}

    /** Import values for all that {@code fixture} imports (for a catalog fixture: its {@code FixtureHost} functions). */
    public static ImportValues forFixture(GuestFixture fixture) {
        return importValues(fixture.hostFunctions());
    }

    /** Import values of {@code functions}, each converted by {@link #of(io.github.wasmsandbox.api.HostFunction)}. */
    public static ImportValues importValues(List<io.github.wasmsandbox.api.HostFunction> functions) {
        return importValues(functions, failure -> { });
    }

    /**
     * {@code function} as a Chicory host function with the same module, name and signature. An exception of the
     * handler is thrown as a {@link HostFunctionException} (its cause); Chicory's own interruption passes through.
     */
    public static HostFunction of(io.github.wasmsandbox.api.HostFunction function) {
        return of(function, failure -> { });
    }

    /** {@link #importValues(List)} that also reports every failure of a function to {@code onFailure}. */
    static ImportValues importValues(List<io.github.wasmsandbox.api.HostFunction> functions,
            Consumer<? super HostFunctionException> onFailure) {
        ImportValues.Builder builder = ImportValues.builder();
        for (io.github.wasmsandbox.api.HostFunction f : functions) {
            builder.addFunction(of(f, onFailure));
        }
        return builder.build();
    }

    private static HostFunction of(io.github.wasmsandbox.api.HostFunction f,
            Consumer<? super HostFunctionException> onFailure) {
        FunctionType type = FunctionType.of(valTypes(f.params()), valTypes(f.results()));
        return new HostFunction(f.module(), f.name(), type, (instance, args) -> {
            try {
                long[] results = f.handler().apply(args);
                return results == null || results.length == 0 ? null : results;
            } catch (ChicoryInterruptedException e) {
                throw e;
            } catch (Exception | Error e) {
                HostFunctionException failure = new HostFunctionException(f.qualifiedName(), e);
                onFailure.accept(failure);
                throw failure;
            }
        });
    }

    private static List<ValType> valTypes(List<ValueType> types) {
        return types.stream().map(t -> switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
        }).toList();
    }
}
