package io.fdp.persistence.sink;

import io.fdp.journal.JournalConfig;
import io.fdp.journal.Journals;
import io.fdp.persistence.db.Database;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;

/**
 * The PostgreSQL sink alone in a process, for {@link PostgresSinkKillIT} to kill: drains an output journal into a
 * database once and prints {@code drained <records>}.
 *
 * <p>Arguments: JDBC URL (user {@code postgres}), journal directory, sink name, batch size.
 */
final class PostgresSinkProcess {
    private PostgresSinkProcess() {
    }

    public static void main(final String[] args) {
        final JournalConfig config = TradingJournal.config(Path.of(args[1]));
        try (Database database = Database.open(new Database.Context().jdbcUrl(args[0]).user("postgres").poolSize(1)
                 .migrate(false));
             SingleChronicleQueue output = Journals.openReadOnly(config.outputDir(), config.rollCycle())) {
            final PostgresSink sink = new PostgresSink(database.dataSource(), output, TradingJournal.registry(), args[2],
                Integer.parseInt(args[3]));
            System.out.println("drained " + sink.drainOnce());
        }
    }
}
