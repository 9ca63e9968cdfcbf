package io.fdp.feed.depth;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.binance.BinanceDepthAdapter;
import io.fdp.feed.coinbase.CoinbaseL2Adapter;
import io.fdp.feed.kraken.KrakenBookAdapter;
import io.fdp.feed.okx.OkxBookAdapter;
import io.fdp.feed.recorded.RecordedCapture;
import io.fdp.feed.recorded.RecordedFiles;
import io.fdp.feed.recorded.RecordedReplay;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The venue captures through the real pipeline: the engine's books must end exactly equal to the adapters' own
 * books, which verify every exchange checksum — so the engine reproduces what the exchanges say.
 */
@Timeout(120)
class DepthFeedEngineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kraken, crypto/KRAKEN.ws.50.0, , 4269, 10",
        "okx, crypto/OKX.ws.1.0, , 290, 3",
        "coinbase, crypto/COINBASE.ws.28.0, , 0, 10",
        "binance, crypto/BINANCE.http.0.0, crypto/BINANCE.ws.1.0, 0, 4",
    })
    void engineBooksEqualTheChecksumVerifiedVenueBooks(final String format, final String first, final String second,
        final long checksums, final int symbols) throws Exception {
        final List<Path> files = second == null
            ? List.of(RecordedFiles.path(first)) : List.of(RecordedFiles.path(first), RecordedFiles.path(second));
        final InstrumentRegistry registry = new InstrumentRegistry(64);
        final DepthFeed feed = new DepthFeed(format, files, registry);
        try (Engine engine = new Engine(new EngineConfig().maxInstruments(64).ringSize(4096).bookOrderCapacity(16)
            .waitStrategy("blocking").producerType("single"), registry)) {
            engine.start();
            feed.replay(engine.newPublisher());
            engine.drain();

            assertThat(feed.summary().checksumsVerified()).isEqualTo(checksums);
            assertThat(feed.summary().checksumsFailed()).isZero();
            assertThat(feed.summary().gaps()).isZero();
            assertThat(feed.summary().rejected()).as("%s", feed.summary().locatedRejections()).isZero();
            assertThat(engine.counters().rejects()).isZero();
            assertThat(registry.count()).isEqualTo(symbols);

            final Venue venue = Venue.replay(format, files);
            for (int i = 0; i < venue.symbolCount; i++) {
                final String symbol = venue.symbols.apply(i);
                final BookView book = engine.books().book(registry.id(symbol));
                final ChecksumBook expected = venue.books.apply(i);
                assertThat(levels(book, Side.BUY)).as("%s bids", symbol).isEqualTo(levels(expected.bids()));
                assertThat(levels(book, Side.SELL)).as("%s asks", symbol).isEqualTo(levels(expected.asks()));
                assertThat(engine.books().isStale(registry.id(symbol))).isFalse();
            }
        }
    }

    private static String levels(final BookView book, final byte side) {
        final long[] levels = new long[book.levelCount(side) * 2];
        for (int i = 0; i < book.levelCount(side); i++) {
            levels[2 * i] = book.levelPrice(side, i);
            levels[2 * i + 1] = book.levelSize(side, i);
        }
        return Arrays.toString(levels);
    }

    private static String levels(final BookSide side) {
        final long[] levels = new long[side.count() * 2];
        for (int i = 0; i < side.count(); i++) {
            levels[2 * i] = side.price(i);
            levels[2 * i + 1] = side.size(i);
        }
        return Arrays.toString(levels);
    }

    /** The venue adapter alone over the same capture, with its own (checksum-verified) books. */
    private record Venue(int symbolCount, IntFunction<String> symbols, IntFunction<ChecksumBook> books) {
        static Venue replay(final String format, final List<Path> files) throws Exception {
            final RecordedCapture capture = RecordedCapture.read(files);
            final UnsafeBuffer buffer = new UnsafeBuffer(capture.bytes());
            final RecordedReplay.ProblemHandler ignore = new RecordedReplay.ProblemHandler() {
                @Override
                public void onRejectedLine(final int lineNumber, final int reason) {
                    throw new AssertionError("rejected " + capture.origin(lineNumber));
                }

                @Override
                public void onMalformedLine(final int lineNumber, final int reason) {
                    throw new AssertionError("malformed " + capture.origin(lineNumber));
                }
            };
            return switch (format) {
                case "kraken" -> {
                    final KrakenBookAdapter adapter = new KrakenBookAdapter(new Silent(), 64);
                    new RecordedReplay(adapter::onMessage, null, ignore).replay(buffer, 0, buffer.capacity());
                    yield new Venue(adapter.symbolCount(), adapter::symbol, adapter::book);
                }
                case "okx" -> {
                    final OkxBookAdapter adapter = new OkxBookAdapter(new Silent(), 64);
                    new RecordedReplay(adapter::onMessage, null, ignore).replay(buffer, 0, buffer.capacity());
                    yield new Venue(adapter.symbolCount(), adapter::symbol, adapter::book);
                }
                case "coinbase" -> {
                    final CoinbaseL2Adapter adapter = new CoinbaseL2Adapter(new Silent(), 64);
                    new RecordedReplay(adapter::onMessage, null, ignore).replay(buffer, 0, buffer.capacity());
                    yield new Venue(adapter.symbolCount(), adapter::symbol, adapter::book);
                }
                default -> {
                    final BinanceDepthAdapter adapter = new BinanceDepthAdapter(new Silent(), 64);
                    new RecordedReplay(adapter::onMessage, adapter::onRestResponse, ignore)
                        .replay(buffer, 0, buffer.capacity());
                    yield new Venue(adapter.symbolCount(), adapter::symbol, adapter::book);
                }
            };
        }
    }

    /** Listens to nothing: the venue adapter keeps its own book. */
    private static final class Silent implements io.fdp.feed.binance.BinanceListener {
        @Override
        public void onSymbol(final int symbolIndex, final String symbol, final int priceExponent, final int sizeExponent) {
        }

        @Override
        public void onSnapshotBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        }

        @Override
        public void onSnapshotEnd(final int symbolIndex) {
        }

        @Override
        public void onUpdateBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        }

        @Override
        public void onUpdateEnd(final int symbolIndex) {
        }

        @Override
        public void onLevel(final int symbolIndex, final int side, final long priceMantissa, final long sizeMantissa) {
        }

        @Override
        public void onChecksum(final int symbolIndex, final boolean ok) {
        }

        @Override
        public void onGap(final int symbolIndex, final long expectedSequence, final long receivedSequence) {
        }

        @Override
        public void onTrade(final int symbolIndex, final long tradeId, final int aggressorSide, final long priceMantissa,
            final long sizeMantissa, final long eventTimeNs, final long receiveTimeNs) {
        }

        @Override
        public void onKline(final int symbolIndex, final long openTimeNs, final long closeTimeNs, final long open,
            final long high, final long low, final long close, final long volume, final long tradeCount,
            final boolean closed, final long eventTimeNs, final long receiveTimeNs) {
        }

        @Override
        public void onRejected(final int reason, final int errorOffset) {
        }
    }
}
