package io.fdp.persistence.query;

import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMetric;
import io.fdp.proto.api.v1.ListNewsSentimentRequest;
import io.fdp.proto.api.v1.ListNewsSentimentResponse;
import io.fdp.proto.api.v1.ListRiskMetricsRequest;
import io.fdp.proto.api.v1.ListRiskMetricsResponse;
import java.util.Objects;
import javax.sql.DataSource;

/** Queries of risk metrics and news sentiment. Thread-safe. */
public final class AnalyticsQueries {
    private final DataSource dataSource;
    private final MessageTable risk = MessageTables.fdp().table(StorableTables.RISK_METRICS);
    private final MessageTable news = MessageTables.fdp().table(StorableTables.NEWS_SENTIMENT);

    /**
     * Creates the queries.
     *
     * @param dataSource the database.
     */
    public AnalyticsQueries(final DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Lists risk metrics of an instrument or portfolio, by measure and as-of range, oldest as-of first.
     *
     * @param request the filters and page.
     * @return one page of metrics.
     */
    public ListRiskMetricsResponse listRiskMetrics(final ListRiskMetricsRequest request) {
        final Filter filter = new Filter()
            .equal("t.instrument_id", request.getInstrumentId())
            .equal("t.portfolio_id", request.getPortfolioId())
            .equal("t.metric_type", request.getMetricType())
            .range("t.as_of", request.getRange());
        final Page<RiskMetric> page = Page.read(dataSource, risk, filter, "t.as_of, t.metric_id", request.getPage());
        return ListRiskMetricsResponse.newBuilder().addAllMetrics(page.items()).setPage(page.info()).build();
    }

    /**
     * Lists scored news items about an instrument, by language and published-time range, oldest first.
     *
     * @param request the filters and page.
     * @return one page of items.
     */
    public ListNewsSentimentResponse listNewsSentiment(final ListNewsSentimentRequest request) {
        final Filter filter = new Filter()
            .equal("t.language", request.getLanguage())
            .range("t.published_time", request.getRange());
        if (!request.getInstrumentId().isEmpty()) {
            filter.where("t.instrument_ids @> ?", (Object) new String[] {request.getInstrumentId()});
        }
        final Page<NewsSentiment> page = Page.read(dataSource, news, filter, "t.published_time, t.news_id", request.getPage());
        return ListNewsSentimentResponse.newBuilder().addAllItems(page.items()).setPage(page.info()).build();
    }
}
