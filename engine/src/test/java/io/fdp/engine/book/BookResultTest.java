package io.fdp.engine.book;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookResultTest {
    static Stream<Arguments> results() {
        return Stream.of(
            Arguments.of("OK", BookResult.OK, true),
            Arguments.of("APPLIED_CROSSED", BookResult.APPLIED_CROSSED, true),
            Arguments.of("UNKNOWN_ORDER", BookResult.UNKNOWN_ORDER, false),
            Arguments.of("DUPLICATE_ORDER", BookResult.DUPLICATE_ORDER, false),
            Arguments.of("NEGATIVE_SIZE", BookResult.NEGATIVE_SIZE, false),
            Arguments.of("INVALID_PRICE", BookResult.INVALID_PRICE, false),
            Arguments.of("SIZE_OVERFLOW", BookResult.SIZE_OVERFLOW, false),
            Arguments.of("CAPACITY_EXCEEDED", BookResult.CAPACITY_EXCEEDED, false),
            Arguments.of("UNKNOWN_LEVEL", BookResult.UNKNOWN_LEVEL, false),
            Arguments.of("INVALID_SIDE", BookResult.INVALID_SIDE, false),
            Arguments.of("UNKNOWN_RESULT(42)", 42, true),
            Arguments.of("UNKNOWN_RESULT(-42)", -42, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void describesResultAndWhetherItWasApplied(final String name, final int result, final boolean applied) {
        assertEquals(name, BookResult.describe(result));
        assertEquals(applied, BookResult.isApplied(result));
    }

    @Test
    void everyConstantHasADistinctValueDescribedByItsName() throws IllegalAccessException {
        final Set<Integer> values = new HashSet<>();
        for (final Field field : BookResult.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                final int value = field.getInt(null);
                assertTrue(values.add(value), "distinct value " + value);
                assertEquals(field.getName(), BookResult.describe(value));
            }
        }
        assertEquals(10, values.size());
    }
}
