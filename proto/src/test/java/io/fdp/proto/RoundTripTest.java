package io.fdp.proto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.WireFormat;
import com.google.protobuf.util.JsonFormat;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.market.v1.Side;
import io.fdp.proto.market.v1.TradeCondition;
import io.fdp.proto.market.v1.TradePrint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    private static final int UNKNOWN_FIELD_NUMBER = 1000;
    private static final long UNKNOWN_FIELD_VALUE = 424_242L;

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().usingTypeRegistry(FdpSchemas.typeRegistry());
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().usingTypeRegistry(FdpSchemas.typeRegistry());

    static Stream<Named<Descriptors.Descriptor>> messageTypes() {
        return FdpSchemas.messageTypes().stream().map(type -> Named.of(type.getFullName(), type));
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void sampleSetsEveryField(final Descriptors.Descriptor type) {
        final Message sample = SampleMessages.filled(type, 0);

        for (final FieldDescriptor field : type.getFields()) {
            final Descriptors.OneofDescriptor oneof = field.getRealContainingOneof();
            if (oneof != null && oneof.getField(0) != field) {
                assertFalse(sample.hasField(field), field.getFullName());
            } else if (field.isRepeated()) {
                assertEquals(field.isMapField() ? 1 : 2, sample.getRepeatedFieldCount(field), field.getFullName());
            } else {
                assertTrue(sample.hasField(field), field.getFullName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void binaryRoundTripPreservesEveryField(final Descriptors.Descriptor type) throws InvalidProtocolBufferException {
        final Message sample = SampleMessages.filled(type, 0);

        final Message parsed = sample.getParserForType().parseFrom(sample.toByteArray());

        assertEquals(sample, parsed);
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void jsonRoundTripPreservesEveryField(final Descriptors.Descriptor type) throws InvalidProtocolBufferException {
        final Message sample = SampleMessages.filled(type, 0);

        final String json = PRINTER.print(sample);
        final Message.Builder parsed = sample.newBuilderForType();
        PARSER.merge(json, parsed);

        assertEquals(sample, parsed.build(), json);
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void unknownFieldSurvivesReadModifyWrite(final Descriptors.Descriptor type) throws IOException {
        assertNull(type.findFieldByNumber(UNKNOWN_FIELD_NUMBER), "field number used by " + type.getFullName());
        final Message sample = SampleMessages.filled(type, 0);
        final Message defaultInstance = SampleMessages.defaultInstance(type);

        final Message read = defaultInstance.getParserForType().parseFrom(withUnknownVarint(sample.toByteArray()));
        final Message.Builder builder = read.toBuilder();
        final FieldDescriptor modifiedField = modifyFirstField(builder);
        final Message modified = builder.build();
        final Message reread = defaultInstance.getParserForType().parseFrom(modified.toByteArray());

        assertNotEquals(read.getField(modifiedField), modified.getField(modifiedField), "the field was not modified");
        assertEquals(modified.getField(modifiedField), reread.getField(modifiedField));
        assertEquals(List.of(UNKNOWN_FIELD_VALUE), reread.getUnknownFields().getField(UNKNOWN_FIELD_NUMBER).getVarintList());
    }

    @Test
    void decimalPrintsMantissaAsJsonString() throws InvalidProtocolBufferException {
        final Decimal price = Decimal.newBuilder().setMantissa(1_234_567L).setExponent(-4).build();

        assertEquals("{\"mantissa\":\"1234567\",\"exponent\":-4}", PRINTER.omittingInsignificantWhitespace().print(price));
    }

    @Test
    void decimalEncodesExponentZigZag() {
        final Decimal price = Decimal.newBuilder().setMantissa(1_234_567L).setExponent(-4).build();

        final byte[] expected = {0x08, (byte) 0x87, (byte) 0xAD, 0x4B, 0x10, 0x07};
        assertArrayEquals(expected, price.toByteArray());
    }

    @Test
    void tradePrintRoundTripsThroughExactJson() throws InvalidProtocolBufferException {
        final TradePrint trade = TradePrint.newBuilder()
            .setTradeId("987654321")
            .setInstrumentId("XNAS.AAPL")
            .setPrice(Decimal.newBuilder().setMantissa(1_234_567L).setExponent(-4))
            .setSize(Decimal.newBuilder().setMantissa(100L))
            .setAggressorSide(Side.SIDE_BUY)
            .setSequence(42L)
            .setEventTime(Timestamp.newBuilder().setSeconds(1_717_421_400L).setNanos(123_456_789))
            .addConditions(TradeCondition.TRADE_CONDITION_REGULAR)
            .addConditionCodes("@")
            .setBuyerOrderId(7L)
            .build();
        final String expected = "{\"tradeId\":\"987654321\",\"instrumentId\":\"XNAS.AAPL\","
            + "\"price\":{\"mantissa\":\"1234567\",\"exponent\":-4},\"size\":{\"mantissa\":\"100\"},"
            + "\"aggressorSide\":\"SIDE_BUY\",\"sequence\":\"42\",\"eventTime\":\"2024-06-03T13:30:00.123456789Z\","
            + "\"conditions\":[\"TRADE_CONDITION_REGULAR\"],\"conditionCodes\":[\"@\"],\"buyerOrderId\":\"7\"}";

        final String json = PRINTER.omittingInsignificantWhitespace().print(trade);
        final TradePrint.Builder parsed = TradePrint.newBuilder();
        PARSER.merge(json, parsed);

        assertEquals(expected, json);
        assertEquals(trade, parsed.build());
        assertFalse(parsed.hasSellerOrderId(), "an absent optional id must stay absent");
    }

    private static byte[] withUnknownVarint(final byte[] message) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(message);
        final CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeTag(UNKNOWN_FIELD_NUMBER, WireFormat.WIRETYPE_VARINT);
        out.writeUInt64NoTag(UNKNOWN_FIELD_VALUE);
        out.flush();
        return bytes.toByteArray();
    }

    private static FieldDescriptor modifyFirstField(final Message.Builder builder) {
        final FieldDescriptor field = builder.getDescriptorForType().getFields().get(0);
        if (field.isRepeated()) {
            builder.addRepeatedField(field, SampleMessages.element(builder, field, 0, 2));
        } else if (field.getJavaType() == FieldDescriptor.JavaType.BOOLEAN) {
            builder.setField(field, !(Boolean) builder.getField(field));
        } else if (field.getJavaType() == FieldDescriptor.JavaType.ENUM) {
            final Descriptors.EnumValueDescriptor current = (Descriptors.EnumValueDescriptor) builder.getField(field);
            final List<Descriptors.EnumValueDescriptor> values = field.getEnumType().getValues();
            builder.setField(field, values.get((current.getIndex() + 1) % values.size()));
        } else {
            builder.setField(field, SampleMessages.element(builder, field, 0, 7));
        }
        return field;
    }
}
