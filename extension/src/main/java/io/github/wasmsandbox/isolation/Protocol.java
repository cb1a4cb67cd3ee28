package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostImport;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The pipe protocol between a {@link ProcessSandbox} and its child: each message is a 4-byte length followed by
 * a {@link Properties} text (module bytes in Base64). A request carries the runtime, the limits and the
 * invocation; a response carries the outcome's fields. Host functions cannot cross: only the catalog's standard
 * ones are named, and the child provides them itself.
 */
final class Protocol {

    private static final int MAX_MESSAGE = 64 * 1024 * 1024;

    private Protocol() {}

    static void write(DataOutputStream out, Properties message) throws IOException {
        StringWriter text = new StringWriter();
        message.store(text, null);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** The next message, or empty at the end of the stream. */
    static Optional<Properties> read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return Optional.empty();
        }
        if (length < 0 || length > MAX_MESSAGE) {
            throw new IOException("bad message length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            return Optional.empty();
        }
        Properties message = new Properties();
        message.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return Optional.of(message);
    }

    static Properties request(String runtime, SandboxLimits limits, Invocation invocation) {
        Properties p = new Properties();
        p.setProperty("runtime", runtime);
        limits.fuel().ifPresent(f -> p.setProperty("fuel", Long.toString(f)));
        limits.deadline().ifPresent(d -> p.setProperty("deadline.nanos", Long.toString(d.toNanos())));
        p.setProperty("epoch-tick.nanos", Long.toString(limits.epochTick().toNanos()));
        limits.maxMemoryPages().ifPresent(v -> p.setProperty("max-memory-pages", Integer.toString(v)));
        limits.maxTableElements().ifPresent(v -> p.setProperty("max-table-elements", Integer.toString(v)));
        limits.maxCallDepth().ifPresent(v -> p.setProperty("max-call-depth", Integer.toString(v)));
        limits.maxStackBytes().ifPresent(v -> p.setProperty("max-stack-bytes", Long.toString(v)));
        limits.hardCeiling().ifPresent(c -> p.setProperty("hard-ceiling.nanos", Long.toString(c.toNanos())));
        p.setProperty("module.name", invocation.module().name());
        p.setProperty("module.bytes", Base64.getEncoder().encodeToString(invocation.module().bytes()));
        invocation.export().ifPresent(e -> p.setProperty("export", e));
        p.setProperty("args", join(invocation.args()));
        p.setProperty("hosts", String.join(",", invocation.hostFunctions().stream()
                .map(h -> standardImport(h).orElseThrow().name()).toList()));
        return p;
    }

    /** The catalog import a host function stands for, if it is one of the standard ones. */
    static Optional<HostImport> standardImport(HostFunction f) {
        return Arrays.stream(HostImport.values())
                .filter(i -> f.module().equals(i.module()) && f.name().equals(i.field()))
                .filter(i -> FixtureHost.function(i).params().equals(f.params())
                        && FixtureHost.function(i).results().equals(f.results()))
                .findFirst();
    }

    static SandboxLimits limits(Properties p) {
        SandboxLimits.Builder b = SandboxLimits.builder();
        number(p, "fuel").ifPresent(b::fuel);
        number(p, "deadline.nanos").ifPresent(n -> b.deadline(Duration.ofNanos(n)));
        number(p, "epoch-tick.nanos").ifPresent(n -> b.epochTick(Duration.ofNanos(n)));
        number(p, "max-memory-pages").ifPresent(v -> b.maxMemoryPages((int) v));
        number(p, "max-table-elements").ifPresent(v -> b.maxTableElements((int) v));
        number(p, "max-call-depth").ifPresent(v -> b.maxCallDepth((int) v));
        number(p, "max-stack-bytes").ifPresent(b::maxStackBytes);
        number(p, "hard-ceiling.nanos").ifPresent(n -> b.hardCeiling(Duration.ofNanos(n)));
        return b.build();
    }

    static Invocation invocation(Properties p) {
        GuestModule module = GuestModule.ofWasm(p.getProperty("module.name"),
                Base64.getDecoder().decode(p.getProperty("module.bytes")));
        Invocation invocation = Invocation.of(module);
        String hosts = p.getProperty("hosts", "");
        if (!hosts.isEmpty()) {
            invocation = invocation.withHost(Arrays.stream(hosts.split(","))
                    .map(name -> FixtureHost.function(HostImport.valueOf(name))).toArray(HostFunction[]::new));
        }
        String export = p.getProperty("export");
        return export == null ? invocation : invocation.call(export, longs(p.getProperty("args", "")));
    }

    static Properties response(Outcome o) {
        Properties p = new Properties();
        p.setProperty("kind", o.kind().name());
        if (o.values() != null) {
            p.setProperty("values", join(o.values()));
        }
        p.setProperty("elapsed.nanos", Long.toString(o.elapsed().toNanos()));
        o.latency().ifPresent(l -> p.setProperty("latency.nanos", Long.toString(l.toNanos())));
        o.fuelConsumed().ifPresent(f -> p.setProperty("fuel", Long.toString(f)));
        o.trap().ifPresent(t -> p.setProperty("trap", t));
        p.setProperty("message", o.message());
        o.unsupportedLimit().ifPresent(l -> p.setProperty("unsupported", l.name()));
        return p;
    }

    static Properties failure(String kind, String message) {
        Properties p = new Properties();
        p.setProperty("failure", kind);
        p.setProperty("message", message);
        return p;
    }

    static Outcome outcome(Properties p, String runtime, SandboxLimits limits) {
        OptionalLong fuel = number(p, "fuel");
        OptionalLong latency = number(p, "latency.nanos");
        String values = p.getProperty("values");
        return new Outcome(runtime, OutcomeKind.valueOf(p.getProperty("kind")), values == null ? null : longs(values),
                Duration.ofNanos(Long.parseLong(p.getProperty("elapsed.nanos"))),
                latency.isPresent() ? Optional.of(Duration.ofNanos(latency.getAsLong())) : Optional.empty(), fuel,
                Optional.ofNullable(p.getProperty("trap")), p.getProperty("message", ""),
                Optional.ofNullable(p.getProperty("unsupported")).map(Limit::valueOf), limits);
    }

    private static OptionalLong number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
    }

    private static String join(long[] values) {
        List<String> parts = new ArrayList<>();
        for (long v : values) {
            parts.add(Long.toString(v));
        }
        return String.join(",", parts);
    }

    private static long[] longs(String text) {
        return text.isEmpty() ? new long[0] : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
