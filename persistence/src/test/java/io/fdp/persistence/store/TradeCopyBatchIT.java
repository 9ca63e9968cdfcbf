package io.fdp.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.engine.convert.ProtoConverter;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.market.v1.Side;
import io.fdp.proto.market.v1.TradePrint;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Trades copied by {@link TradeCopyBatch} are stored exactly as the generic COPY path stores the same trade prints. */
@Timeout(120)
class TradeCopyBatchIT {
    private static final String[] SYMBOLS = {"AAPL", "BRK.B", "XBT/USD", "Ünï"};

    @Test
    void storesTheRowsTheGenericCopyPathStores() throws SQLException {
        final Random random = new Random(3);
        final List<TradePrint> prints = new ArrayList<>();
        final TradeCopyBatch batch = new TradeCopyBatch("fdp");
        final Metadata metadata = Metadata.newBuilder().setSource(Source.newBuilder().setSystem("fdp")).build();
        final long now = 1_764_000_000_000_000_000L;
        for (int i = 0; i < 2_000; i++) {
            final String symbol = SYMBOLS[i % SYMBOLS.length];
            final int priceExponent = -random.nextInt(9);
            final int sizeExponent = i % 7 == 0 ? 2 : -random.nextInt(9);
            final long price = i % 11 == 0 ? 0 : random.nextLong(-2_000_000_000_000L, 2_000_000_000_000L);
            final long size = random.nextLong(1, 1L << 40);
            final Side side = Side.forNumber(i % 3);
            final long eventNs = now - random.nextLong(86_400_000_000_000L);
            final long ingestionNs = i % 13 == 0 ? 0 : eventNs + random.nextInt(1_000_000);
            final long tradeId = switch (i % 5) {
                case 0 -> 0;
                case 1 -> -1 - random.nextInt(1_000);
                default -> random.nextLong(1, Long.MAX_VALUE);
            };
            final TradePrint.Builder print = TradePrint.newBuilder().setInstrumentId(symbol)
                .setPrice(ProtoConverter.decimal(price, priceExponent)).setSize(ProtoConverter.decimal(size, sizeExponent))
                .setAggressorSide(side).setEventTime(ProtoConverter.timestamp(eventNs))
                .setIngestionTime(ProtoConverter.timestamp(ingestionNs)).setMetadata(metadata);
            if (tradeId != 0) {
                print.setTradeId(Long.toUnsignedString(tradeId));
            }
            prints.add(print.build());
            batch.add(symbol.getBytes(StandardCharsets.UTF_8), price, priceExponent, size, sizeExponent, side, eventNs, ingestionNs,
                tradeId);
        }
        assertThat(batch.rows()).isEqualTo(prints.size());

        try (Database generic = TestPostgres.migratedDatabase("trade_copy_generic");
             Database direct = TestPostgres.migratedDatabase("trade_copy_direct")) {
            assertThat(new MarketDataWriter(generic.dataSource(), WriteStrategy.COPY_BINARY).writeTrades(prints))
                .isEqualTo(prints.size());
            try (Connection connection = direct.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                assertThat(batch.copy(connection)).isEqualTo(prints.size());
                connection.commit();
            }
            final List<String> expected = rows(generic);
            assertThat(expected).hasSize(prints.size());
            assertThat(rows(direct)).containsExactlyElementsOf(expected);
        }
    }

    /** Every column of every row, as PostgreSQL prints it, in a stable order. */
    private static List<String> rows(final Database database) throws SQLException {
        final List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT t::text FROM trades t ORDER BY event_time_ns, trade_id, price")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
