package io.fdp.proto;

import com.google.protobuf.Descriptors;
import com.google.protobuf.util.JsonFormat;
import io.fdp.proto.analytics.v1.RiskProto;
import io.fdp.proto.analytics.v1.SentimentProto;
import io.fdp.proto.api.v1.AnalyticsProto;
import io.fdp.proto.api.v1.InstrumentsProto;
import io.fdp.proto.api.v1.MarketDataProto;
import io.fdp.proto.api.v1.ReferenceDataProto;
import io.fdp.proto.api.v1.StreamProto;
import io.fdp.proto.common.v1.AssetClassProto;
import io.fdp.proto.common.v1.DateProto;
import io.fdp.proto.common.v1.DecimalProto;
import io.fdp.proto.common.v1.ErrorProto;
import io.fdp.proto.common.v1.MetadataProto;
import io.fdp.proto.common.v1.PagingProto;
import io.fdp.proto.common.v1.TimeRangeProto;
import io.fdp.proto.instrument.v1.CorporateActionProto;
import io.fdp.proto.instrument.v1.SecurityProto;
import io.fdp.proto.instrument.v1.SettlementProto;
import io.fdp.proto.market.v1.BookProto;
import io.fdp.proto.market.v1.CandleProto;
import io.fdp.proto.market.v1.MarketStatusProto;
import io.fdp.proto.market.v1.OrderProto;
import io.fdp.proto.market.v1.QualityProto;
import io.fdp.proto.market.v1.QuoteProto;
import io.fdp.proto.market.v1.SideProto;
import io.fdp.proto.market.v1.TradeProto;
import io.fdp.proto.reference.v1.IndexProto;
import io.fdp.proto.reference.v1.IndicatorProto;
import io.fdp.proto.reference.v1.RateProto;
import java.util.ArrayList;
import java.util.List;

/** The catalogue of every fdp schema file and message type, for reflection, JSON and schema checks. */
public final class FdpSchemas {

    private static final List<Descriptors.FileDescriptor> FILES = List.of(
        AssetClassProto.getDescriptor(),
        DateProto.getDescriptor(),
        DecimalProto.getDescriptor(),
        ErrorProto.getDescriptor(),
        MetadataProto.getDescriptor(),
        PagingProto.getDescriptor(),
        TimeRangeProto.getDescriptor(),
        BookProto.getDescriptor(),
        CandleProto.getDescriptor(),
        MarketStatusProto.getDescriptor(),
        OrderProto.getDescriptor(),
        QualityProto.getDescriptor(),
        QuoteProto.getDescriptor(),
        SideProto.getDescriptor(),
        TradeProto.getDescriptor(),
        CorporateActionProto.getDescriptor(),
        SecurityProto.getDescriptor(),
        SettlementProto.getDescriptor(),
        IndexProto.getDescriptor(),
        IndicatorProto.getDescriptor(),
        RateProto.getDescriptor(),
        RiskProto.getDescriptor(),
        SentimentProto.getDescriptor(),
        AnalyticsProto.getDescriptor(),
        InstrumentsProto.getDescriptor(),
        MarketDataProto.getDescriptor(),
        ReferenceDataProto.getDescriptor(),
        StreamProto.getDescriptor());

    private static final List<Descriptors.Descriptor> MESSAGE_TYPES = collectMessageTypes();

    private static final JsonFormat.TypeRegistry TYPE_REGISTRY = JsonFormat.TypeRegistry.newBuilder()
        .add(MESSAGE_TYPES)
        .build();

    private FdpSchemas() {
    }

    /** Returns the descriptor of every .proto file under fdp/, in package order, without google/ imports. */
    public static List<Descriptors.FileDescriptor> files() {
        return FILES;
    }

    /** Returns every fdp message type in file order, nested types included and map entry types excluded. */
    public static List<Descriptors.Descriptor> messageTypes() {
        return MESSAGE_TYPES;
    }

    /** Returns a JSON type registry that knows every fdp message type, for printers and parsers of Any fields. */
    public static JsonFormat.TypeRegistry typeRegistry() {
        return TYPE_REGISTRY;
    }

    private static List<Descriptors.Descriptor> collectMessageTypes() {
        final List<Descriptors.Descriptor> types = new ArrayList<>();
        for (final Descriptors.FileDescriptor file : FILES) {
            addWithNested(file.getMessageTypes(), types);
        }
        return List.copyOf(types);
    }

    private static void addWithNested(final List<Descriptors.Descriptor> candidates, final List<Descriptors.Descriptor> types) {
        for (final Descriptors.Descriptor type : candidates) {
            if (!type.getOptions().getMapEntry()) {
                types.add(type);
                addWithNested(type.getNestedTypes(), types);
            }
        }
    }
}
