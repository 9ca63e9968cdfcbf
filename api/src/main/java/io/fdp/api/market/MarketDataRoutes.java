package io.fdp.api.market;

import io.fdp.api.http.ApiException;
import io.fdp.api.http.RequestContext;
import io.fdp.api.http.Route;
import io.fdp.api.security.Scopes;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.proto.api.v1.GetBookRequest;
import io.fdp.proto.api.v1.GetBookResponse;
import io.fdp.proto.api.v1.GetQuoteRequest;
import io.fdp.proto.api.v1.GetQuoteResponse;
import io.fdp.proto.api.v1.ListInstrumentsRequest;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.ErrorCode;
import io.fdp.proto.common.v1.PageInfo;
import io.fdp.proto.instrument.v1.SecurityInfo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routes answered from the engine without touching its state: quotes and books are copied out of the seqlock-guarded
 * {@link io.fdp.engine.view.BookViews} on the IO thread; instruments come from the registry.
 */
public final class MarketDataRoutes {
    private static final String TOKEN_PREFIX = "engine:";

    private final Engine engine;
    private final ProtoConverter converter;
    private final int defaultDepth;
    private final int defaultPageSize;

    /**
     * Creates the routes.
     *
     * @param engine          the engine whose views are read.
     * @param converter       turns views into messages.
     * @param defaultDepth    levels per side when a book request gives none.
     * @param defaultPageSize instruments per page when a request gives none.
     */
    public MarketDataRoutes(final Engine engine, final ProtoConverter converter, final int defaultDepth,
        final int defaultPageSize) {
        this.engine = engine;
        this.converter = converter;
        this.defaultDepth = Math.min(defaultDepth, engine.views().depth());
        this.defaultPageSize = defaultPageSize;
    }

    /** @return the routes. */
    public List<Route> routes() {
        return List.of(
            new Route("GET", "/v1/instruments", Scopes.READ, false, "market-data",
                "Lists the instruments registered with the engine (the ones with live books), by id.",
                ListInstrumentsRequest.getDefaultInstance(), ListInstrumentsResponse.getDefaultInstance(), this::instruments),
            new Route("GET", "/v1/instruments/{instrument_id}/quote", Scopes.READ, false, "market-data",
                "Reads the current level 1 quote from the engine's book view.",
                GetQuoteRequest.getDefaultInstance(), GetQuoteResponse.getDefaultInstance(), this::quote),
            new Route("GET", "/v1/instruments/{instrument_id}/book", Scopes.READ, false, "market-data",
                "Reads the current level 2 book from the engine's book view, cut to depth levels per side.",
                GetBookRequest.getDefaultInstance(), GetBookResponse.getDefaultInstance(), this::book));
    }

    private GetQuoteResponse quote(final RequestContext context) throws ApiException {
        final GetQuoteRequest request = context.query(GetQuoteRequest.getDefaultInstance());
        return GetQuoteResponse.newBuilder().setQuote(converter.quote(read(request.getInstrumentId()))).build();
    }

    private GetBookResponse book(final RequestContext context) throws ApiException {
        final GetBookRequest request = context.query(GetBookRequest.getDefaultInstance());
        final int viewDepth = engine.views().depth();
        if (request.getDepth() > viewDepth) {
            throw new ApiException(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 400, "depth " + request.getDepth()
                + " is more than the " + viewDepth + " levels per side the engine keeps", "depth",
                Map.of("max_depth", Integer.toString(viewDepth)));
        }
        final int depth = request.getDepth() == 0 ? defaultDepth : request.getDepth();
        return GetBookResponse.newBuilder().setBook(converter.book(read(request.getInstrumentId()), depth)).build();
    }

    private BookSnapshot read(final String symbol) throws ApiException {
        final int id = engine.registry().id(symbol);
        if (id == InstrumentRegistry.NOT_FOUND) {
            throw ApiException.notFound("instrument_id", "unknown instrument '" + symbol + "'");
        }
        final BookSnapshot view = new BookSnapshot(engine.views().depth());
        if (!engine.views().read(id, view)) {
            throw new ApiException(ErrorCode.ERROR_CODE_FAILED_PRECONDITION, "no market data has arrived yet for '"
                + symbol + "'", "instrument_id");
        }
        return view;
    }

    private ListInstrumentsResponse instruments(final RequestContext context) throws ApiException {
        final ListInstrumentsRequest request = context.query(ListInstrumentsRequest.getDefaultInstance());
        rejectMasterFilters(request);
        final InstrumentRegistry registry = engine.registry();
        final int pageSize = request.getPage().getPageSize() == 0 ? defaultPageSize : request.getPage().getPageSize();
        final String prefix = request.getSymbolPrefix().toLowerCase(Locale.ROOT);
        final int count = registry.count();
        final ListInstrumentsResponse.Builder response = ListInstrumentsResponse.newBuilder();
        final int first = firstId(request.getPage().getPageToken());
        long matches = 0;
        int next = -1;
        for (int id = 0; id < count; id++) {
            if (!registry.symbol(id).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                continue;
            }
            matches++;
            if (id < first) {
                continue;
            }
            if (response.getInstrumentsCount() < pageSize) {
                response.addInstruments(info(registry, id));
            } else if (next < 0) {
                next = id;
            }
        }
        final PageInfo.Builder page = PageInfo.newBuilder().setTotalSize(matches);
        if (next >= 0) {
            page.setNextPageToken(Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + next).getBytes(StandardCharsets.US_ASCII)));
        }
        return response.setPage(page).build();
    }

    private static void rejectMasterFilters(final ListInstrumentsRequest request) throws ApiException {
        final String field;
        if (request.getSecurityTypeValue() != 0) {
            field = "security_type";
        } else if (!request.getExchangeMic().isEmpty()) {
            field = "exchange_mic";
        } else if (!request.getQuery().isEmpty()) {
            field = "query";
        } else if (request.getAssetClassValue() != 0) {
            field = "asset_class";
        } else if (request.getStatusValue() != 0) {
            field = "status";
        } else {
            return;
        }
        throw ApiException.invalid(field, "the engine knows symbols and scales only; filter by " + field
            + " on /v1/securities, the securities master");
    }

    private static int firstId(final String token) throws ApiException {
        if (token.isEmpty()) {
            return 0;
        }
        try {
            final String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (text.startsWith(TOKEN_PREFIX)) {
                final int id = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (final IllegalArgumentException e) {
            throw ApiException.invalid("page_token", "page_token '" + token + "' was not issued by this route");
        }
        throw ApiException.invalid("page_token", "page_token '" + token + "' was not issued by this route");
    }

    private static SecurityInfo info(final InstrumentRegistry registry, final int id) {
        return SecurityInfo.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setSymbol(registry.symbol(id))
            .setPriceExponent(registry.priceExponent(id))
            .setTickSize(Decimal.newBuilder().setMantissa(registry.tickSize(id)).setExponent(registry.priceExponent(id)))
            .setLotSize(Decimal.newBuilder().setMantissa(registry.lotSize(id)).setExponent(registry.sizeExponent(id)))
            .build();
    }
}
