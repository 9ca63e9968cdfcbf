package io.fdp.feed.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the plain comma-separated files of FRED, ALFRED and the ECB: no quoting, a header line, one row a line.
 * Fields are trimmed; a line may end in one extra empty column (a trailing comma, as in the ECB file).
 */
final class CsvFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Turns one data row of the expected width into records. */
    interface RowHandler {
        /**
         * Handles the fields of one row.
         *
         * @throws MalformedRowException to reject the row; its message becomes the rejection reason.
         */
        void onRow(String[] fields) throws MalformedRowException;
    }

    private CsvFile() {
    }

    /**
     * Reads and splits the header line.
     *
     * @throws ReferenceImportException if the file is empty.
     */
    static String[] header(final BufferedReader reader, final String fileName) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            throw new ReferenceImportException(fileName + ": empty file, expected a header line");
        }
        if (!line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            line = line.substring(1);
        }
        final String[] fields = split(line);
        return fields.length > 1 && fields[fields.length - 1].isEmpty() ? Arrays.copyOf(fields, fields.length - 1) : fields;
    }

    /**
     * Reads the data rows after the header: blank lines are ignored, a row without {@code width} fields (plus at most
     * one trailing empty one) is rejected, every other row goes to the handler, which may reject it in turn.
     */
    static void rows(final BufferedReader reader, final int width, final ImportTally tally, final RowHandler handler)
        throws IOException {
        long lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            tally.rowRead();
            final String[] fields = split(line);
            if (fields.length != width && !(fields.length == width + 1 && fields[width].isEmpty())) {
                tally.rejected(lineNumber, "expected " + width + " columns, found " + fields.length);
                continue;
            }
            try {
                handler.onRow(fields);
            } catch (final MalformedRowException e) {
                tally.rejected(lineNumber, e.getMessage());
            }
        }
    }

    private static String[] split(final String line) {
        final String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        return fields;
    }
}
