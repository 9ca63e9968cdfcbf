package io.fdp.feed.lobster;

import java.util.ArrayList;
import java.util.List;

/** Records events as {@code "timeNs,type,orderId,size,price,direction"} and rejections as {@code "line:REASON"}. */
final class RecordingLobsterListener implements LobsterListener {
    final List<String> events = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();
    final long[] countByType = new long[8];

    @Override
    public void onMessage(
        final long timeNs, final int type, final long orderId, final long size, final long price, final int direction) {
        countByType[type]++;
        events.add(timeNs + "," + type + "," + orderId + "," + size + "," + price + "," + direction);
    }

    @Override
    public void onRejected(final long lineNumber, final int reason) {
        rejections.add(lineNumber + ":" + LobsterResult.name(reason));
    }
}
