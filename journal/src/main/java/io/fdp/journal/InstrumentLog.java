package io.fdp.journal;

import io.fdp.engine.instrument.InstrumentRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The journal's record of instrument registrations, one line per dense id in id order
 * ({@code symbol TAB priceExponent TAB sizeExponent TAB tickSize TAB lotSize}).
 *
 * <p>Journaled events name instruments by dense id, so replaying a journal needs the same ids. A registration is
 * written (one append) before {@link InstrumentRegistry#register} returns, hence before any event that uses the id
 * can be journaled: after a crash, every id in the journal is in this file. A last line cut by a crash is ignored.
 */
public final class InstrumentLog implements InstrumentRegistry.RegistrationListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentLog.class);

    private final Path file;
    private final FileChannel channel;

    private InstrumentLog(final Path file, final FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Registers the instruments a log holds, in order, then appends every later registration to it.
     *
     * @param file     the log file (created if absent).
     * @param registry the registry; instruments it holds beyond the log's are appended.
     * @return the open log, listening to the registry.
     * @throws IllegalStateException when the registry already holds different instruments under the log's ids.
     */
    public static InstrumentLog attach(final Path file, final InstrumentRegistry registry) {
        try {
            final int logged = load(file, registry);
            final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
            final InstrumentLog log = new InstrumentLog(file, channel);
            for (int id = logged; id < registry.count(); id++) {
                log.onRegistered(id, registry.symbol(id), registry.priceExponent(id), registry.sizeExponent(id),
                    registry.tickSize(id), registry.lotSize(id));
            }
            registry.registrationListener(log);
            return log;
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot open the instrument log " + file, e);
        }
    }

    /**
     * Registers the instruments a log holds, in order.
     *
     * @param file     the log file; absent means no instruments.
     * @param registry the registry to fill.
     * @return how many lines the log holds.
     * @throws IOException when the file cannot be read.
     */
    public static int load(final Path file, final InstrumentRegistry registry) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        final String text = Files.readString(file, StandardCharsets.UTF_8);
        final int complete = text.lastIndexOf('\n') + 1;
        if (complete < text.length()) {
            LOG.warn("Instrument log {} ends with a line cut by a crash ({} bytes); it is ignored", file,
                text.length() - complete);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(complete);
            }
        }
        final List<String> lines = text.substring(0, complete).lines().toList();
        for (int id = 0; id < lines.size(); id++) {
            final String[] fields = lines.get(id).split("\t", -1);
            if (fields.length != 5) {
                throw new IllegalStateException("instrument log " + file + " line " + (id + 1) + " has " + fields.length
                    + " fields, not 5");
            }
            final int registered = registry.register(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                Long.parseLong(fields[3]), Long.parseLong(fields[4]));
            if (registered != id) {
                throw new IllegalStateException("instrument log " + file + " line " + (id + 1) + " registers " + fields[0]
                    + " as id " + id + " but the registry gave it " + registered);
            }
        }
        return lines.size();
    }

    @Override
    public void onRegistered(final int id, final String symbol, final int priceExponent, final int sizeExponent,
        final long tickSize, final long lotSize) {
        final String line = symbol + '\t' + priceExponent + '\t' + sizeExponent + '\t' + tickSize + '\t' + lotSize + '\n';
        try {
            final ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot append instrument " + symbol + " to " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (final IOException e) {
            LOG.warn("Closing the instrument log {} failed", file, e);
        }
    }
}
