package io.fdp.feed.recorded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One or more recorded captures merged into a single buffer of lines in receive-time order, remembering where each
 * line came from (for example a venue's REST snapshots and its websocket stream, recorded to separate files).
 *
 * <p>Edge code: reads whole files and allocates; the lines it yields are decoded without allocation.
 */
public final class RecordedCapture {
    private static final Pattern RECEIVE_TIME = Pattern.compile("(\\d{9,})\\.(\\d{1,9})");

    private final byte[] bytes;
    private final List<String> origins;

    private RecordedCapture(final byte[] bytes, final List<String> origins) {
        this.bytes = bytes;
        this.origins = origins;
    }

    /**
     * Reads and merges captures; lines with equal receive times keep their file order, lines without one stay after
     * the line before them.
     *
     * @param files the capture files.
     * @return the merged capture.
     * @throws IOException when a file cannot be read.
     */
    public static RecordedCapture read(final List<Path> files) throws IOException {
        final List<Line> lines = new ArrayList<>();
        for (final Path file : files) {
            long previousTimeNs = Long.MIN_VALUE;
            int number = 0;
            for (final String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                final long timeNs = receiveTimeNs(text);
                previousTimeNs = timeNs == Long.MIN_VALUE ? previousTimeNs : timeNs;
                lines.add(new Line(previousTimeNs, lines.size(), text, file.getFileName() + ":" + number));
            }
        }
        if (files.size() > 1) {
            lines.sort(Comparator.comparingLong(Line::timeNs).thenComparingInt(Line::order));
        }
        final StringBuilder merged = new StringBuilder();
        final List<String> origins = new ArrayList<>(lines.size());
        for (final Line line : lines) {
            merged.append(line.text()).append('\n');
            origins.add(line.origin());
        }
        return new RecordedCapture(merged.toString().getBytes(StandardCharsets.UTF_8), origins);
    }

    private static long receiveTimeNs(final String line) {
        final Matcher matcher = RECEIVE_TIME.matcher(line);
        if (!matcher.find()) {
            return Long.MIN_VALUE;
        }
        final String fraction = (matcher.group(2) + "000000000").substring(0, 9);
        return Long.parseLong(matcher.group(1)) * 1_000_000_000L + Long.parseLong(fraction);
    }

    /** @return the merged lines, each ending with a newline. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * Where a line of the merged buffer came from.
     *
     * @param lineNumber 1-based line number in the merged buffer.
     * @return {@code file:line}.
     */
    public String origin(final int lineNumber) {
        return lineNumber >= 1 && lineNumber <= origins.size() ? origins.get(lineNumber - 1) : "line " + lineNumber;
    }

    /** @return how many lines were merged. */
    public int lines() {
        return origins.size();
    }

    private record Line(long timeNs, int order, String text, String origin) {
    }
}
