package io.fdp.benchmarks.feed;

/**
 * The baseline's decoded ITCH 5.0 message: one small immutable record per message, as straightforward Java would
 * write it. Field names and values are those {@link io.fdp.feed.itch.ItchListener} receives.
 * <p>
 * The thirteen types that carry order flow, trades, the directory and the session state have a record of their own;
 * the other ten administrative types (none of which the shared sample contains) decode to {@link Other}.
 */
sealed interface ItchMessage {
    /** @return the sum of the message's fields, what the benchmark consumes (see {@link ItchFields}). */
    long fold();

    /** System event {@code 'S'}. */
    record SystemEvent(int stockLocate, int trackingNumber, long timestampNs, byte eventCode) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.systemEvent(stockLocate, trackingNumber, timestampNs, eventCode);
        }
    }

    /** Stock directory {@code 'R'}. */
    record StockDirectory(int stockLocate, int trackingNumber, long timestampNs, long stock, byte marketCategory,
        byte financialStatusIndicator, long roundLotSize, byte roundLotsOnly, byte issueClassification, long issueSubType,
        byte authenticity, byte shortSaleThresholdIndicator, byte ipoFlag, byte luldReferencePriceTier, byte etpFlag,
        long etpLeverageFactor, byte inverseIndicator) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.stockDirectory(stockLocate, trackingNumber, timestampNs, stock, marketCategory,
                financialStatusIndicator, roundLotSize, roundLotsOnly, issueClassification, issueSubType, authenticity,
                shortSaleThresholdIndicator, ipoFlag, luldReferencePriceTier, etpFlag, etpLeverageFactor, inverseIndicator);
        }
    }

    /** Stock trading action {@code 'H'}. */
    record StockTradingAction(int stockLocate, int trackingNumber, long timestampNs, long stock, byte tradingState,
        long reason) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.stockTradingAction(stockLocate, trackingNumber, timestampNs, stock, tradingState, reason);
        }
    }

    /** Add order {@code 'A'}. */
    record AddOrder(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber, byte side,
        long shares, long stock, long priceMantissa) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.addOrder(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares, stock,
                priceMantissa);
        }
    }

    /** Add order with MPID attribution {@code 'F'}. */
    record AddOrderWithMpid(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber, byte side,
        long shares, long stock, long priceMantissa, long attribution) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.addOrder(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares, stock,
                priceMantissa) + attribution;
        }
    }

    /** Order executed {@code 'E'}. */
    record OrderExecuted(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber,
        long executedShares, long matchNumber) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.orderExecuted(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, executedShares,
                matchNumber);
        }
    }

    /** Order executed with price {@code 'C'}. */
    record OrderExecutedWithPrice(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber,
        long executedShares, long matchNumber, byte printable, long executionPriceMantissa) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.orderExecuted(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, executedShares,
                matchNumber) + printable + executionPriceMantissa;
        }
    }

    /** Order cancel {@code 'X'}. */
    record OrderCancel(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber,
        long cancelledShares) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.orderCancel(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, cancelledShares);
        }
    }

    /** Order delete {@code 'D'}. */
    record OrderDelete(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber)
        implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.header(stockLocate, trackingNumber, timestampNs) + orderReferenceNumber;
        }
    }

    /** Order replace {@code 'U'}. */
    record OrderReplace(int stockLocate, int trackingNumber, long timestampNs, long originalOrderReferenceNumber,
        long newOrderReferenceNumber, long shares, long priceMantissa) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.orderReplace(stockLocate, trackingNumber, timestampNs, originalOrderReferenceNumber,
                newOrderReferenceNumber, shares, priceMantissa);
        }
    }

    /** Non-cross trade {@code 'P'}. */
    record Trade(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber, byte side, long shares,
        long stock, long priceMantissa, long matchNumber) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.trade(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares, stock,
                priceMantissa, matchNumber);
        }
    }

    /** Cross trade {@code 'Q'}. */
    record CrossTrade(int stockLocate, int trackingNumber, long timestampNs, long shares, long stock,
        long crossPriceMantissa, long matchNumber, byte crossType) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.crossTrade(stockLocate, trackingNumber, timestampNs, shares, stock, crossPriceMantissa,
                matchNumber, crossType);
        }
    }

    /** Broken trade {@code 'B'}. */
    record BrokenTrade(int stockLocate, int trackingNumber, long timestampNs, long matchNumber) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.header(stockLocate, trackingNumber, timestampNs) + matchNumber;
        }
    }

    /** Any other known type: only the common header is decoded. */
    record Other(byte type, int stockLocate, int trackingNumber, long timestampNs) implements ItchMessage {
        @Override
        public long fold() {
            return ItchFields.header(stockLocate, trackingNumber, timestampNs);
        }
    }
}
