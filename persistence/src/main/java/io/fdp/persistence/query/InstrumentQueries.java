package io.fdp.persistence.query;

import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.api.v1.ListCorporateActionsRequest;
import io.fdp.proto.api.v1.ListCorporateActionsResponse;
import io.fdp.proto.api.v1.ListInstrumentsRequest;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.api.v1.ListSettlementInstructionsRequest;
import io.fdp.proto.api.v1.ListSettlementInstructionsResponse;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Queries of instruments, their corporate actions and settlement instructions. Thread-safe. */
public final class InstrumentQueries {
    private static final String ACTION_DATE = "coalesce(t.ex_date, t.effective_date)";

    private final DataSource dataSource;
    private final MessageTable instruments = MessageTables.fdp().table(StorableTables.INSTRUMENTS);
    private final MessageTable actions = MessageTables.fdp().table(StorableTables.CORPORATE_ACTIONS);
    private final MessageTable settlements = MessageTables.fdp().table(StorableTables.SETTLEMENT_INSTRUCTIONS);

    /**
     * Creates the queries.
     *
     * @param dataSource the database.
     */
    public InstrumentQueries(final DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Finds one instrument.
     *
     * @param instrumentId such as {@code XNAS.AAPL}.
     * @return the instrument, or empty if unknown.
     */
    public Optional<SecurityInfo> instrument(final String instrumentId) {
        return Select.first(dataSource, instruments, new Filter().where("t.instrument_id = ?", instrumentId), "t.instrument_id");
    }

    /**
     * Lists instruments by symbol prefix, type, venue, asset class, status and free text (matched, case-insensitively,
     * against symbol, name, instrument id, ISIN, FIGI and CUSIP), ordered by instrument id.
     *
     * @param request the filters and page.
     * @return one page of instruments.
     */
    public ListInstrumentsResponse listInstruments(final ListInstrumentsRequest request) {
        final Filter filter = new Filter()
            .startsWith("t.symbol", request.getSymbolPrefix())
            .equal("t.security_type", request.getSecurityType())
            .equal("t.exchange_mic", request.getExchangeMic())
            .equal("t.asset_class", request.getAssetClass())
            .equal("t.status", request.getStatus())
            .contains(request.getQuery(), "t.symbol", "t.name", "t.instrument_id", "t.isin", "t.figi", "t.cusip");
        final Page<SecurityInfo> page = Page.read(dataSource, instruments, filter, "t.instrument_id", request.getPage());
        return ListInstrumentsResponse.newBuilder().addAllInstruments(page.items()).setPage(page.info()).build();
    }

    /**
     * Lists corporate actions by instrument, type, status and date (the ex-date, or else the effective date), ordered by
     * that date.
     *
     * @param request the filters and page.
     * @return one page of actions.
     */
    public ListCorporateActionsResponse listCorporateActions(final ListCorporateActionsRequest request) {
        final Filter filter = new Filter()
            .equal("t.instrument_id", request.getInstrumentId())
            .equal("t.action_type", request.getActionType())
            .equal("t.status", request.getStatus())
            .dates(ACTION_DATE, request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate());
        final Page<CorporateAction> page = Page.read(dataSource, actions, filter, ACTION_DATE + " NULLS LAST, t.action_id",
            request.getPage());
        return ListCorporateActionsResponse.newBuilder().addAllCorporateActions(page.items()).setPage(page.info()).build();
    }

    /**
     * Lists settlement instructions by instrument, status, trade reference, account and settlement date, ordered by
     * settlement date.
     *
     * @param request the filters and page.
     * @return one page of instructions.
     */
    public ListSettlementInstructionsResponse listSettlementInstructions(final ListSettlementInstructionsRequest request) {
        final Filter filter = new Filter()
            .equal("t.instrument_id", request.getInstrumentId())
            .equal("t.status", request.getStatus())
            .equal("t.trade_reference", request.getTradeReference())
            .equal("t.account", request.getAccount())
            .dates("t.settlement_date", request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate());
        final Page<SettlementInstruction> page = Page.read(dataSource, settlements, filter, "t.settlement_date, t.instruction_id",
            request.getPage());
        return ListSettlementInstructionsResponse.newBuilder().addAllSettlementInstructions(page.items()).setPage(page.info()).build();
    }
}
