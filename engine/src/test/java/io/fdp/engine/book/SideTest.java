package io.fdp.engine.book;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SideTest {
    static Stream<Arguments> sides() {
        return Stream.of(
            Arguments.of("BUY", Side.BUY, true),
            Arguments.of("SELL", Side.SELL, true),
            Arguments.of("NULL_SIDE", Side.NULL_SIDE, false),
            Arguments.of("UNKNOWN_SIDE(2)", (byte)2, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sides")
    void describesSideAndWhetherItIsValid(final String name, final byte side, final boolean valid) {
        assertEquals(name, Side.describe(side));
        assertEquals(valid, Side.isValid(side));
    }
}
