package io.fdp.journal.snapshot;

/**
 * Layout of a snapshot file: a fixed header, then the engine state ({@code io.fdp.engine.state.EngineState}).
 *
 * <p>Little-endian. The CRC32 covers the header bytes before it and the whole payload, so a torn write, a truncated
 * file or a flipped bit anywhere is detected.
 * <pre>
 *    0        4        6        8                16               24               32               40       44       48       52      56
 *   +--------+--------+--------+----------------+----------------+----------------+----------------+--------+--------+--------+-------+
 *   | magic  | version| header | journalIndex   | eventCount     | takenAtNs      | stateHash      | payload| zero   | crc32  | zero  |
 *   | "FDPS" | i16 =1 | length | i64: last event| i64: events up | i64: wall clock| i64: engine    | length | i32    | i32    | i32   |
 *   | i32    |        | i16=56 | included (-1:  | to and incl.   |                | stateHash()    | i32    |        |        |       |
 *   |        |        |        | none)          | journalIndex   |                |                |        |        |        |       |
 *   +--------+--------+--------+----------------+----------------+----------------+----------------+--------+--------+--------+-------+
 *   56: payload (payload length bytes): EngineState
 * </pre>
 * File name: {@code snapshot-<journalIndex + 1 as 16 hex digits>.fdps}, so names sort by journal position.
 */
public final class SnapshotDescriptor {
    /** "FDPS" read as a little-endian int. */
    public static final int MAGIC = 0x53504446;
    /** Version of this layout. */
    public static final short VERSION = 1;
    /** Offset of the magic number. */
    public static final int MAGIC_OFFSET = 0;
    /** Offset of the version. */
    public static final int VERSION_OFFSET = 4;
    /** Offset of the header length. */
    public static final int HEADER_LENGTH_OFFSET = 6;
    /** Offset of the journal index of the last event included. */
    public static final int JOURNAL_INDEX_OFFSET = 8;
    /** Offset of the number of events included. */
    public static final int EVENT_COUNT_OFFSET = 16;
    /** Offset of the wall-clock time the snapshot was taken. */
    public static final int TAKEN_AT_OFFSET = 24;
    /** Offset of the engine's state hash. */
    public static final int STATE_HASH_OFFSET = 32;
    /** Offset of the payload length. */
    public static final int PAYLOAD_LENGTH_OFFSET = 40;
    /** Offset of the CRC32. */
    public static final int CRC_OFFSET = 48;
    /** Length of the header; the payload starts here. */
    public static final int HEADER_LENGTH = 56;
    /** File name prefix. */
    public static final String PREFIX = "snapshot-";
    /** File name suffix. */
    public static final String SUFFIX = ".fdps";

    private SnapshotDescriptor() {
    }

    /**
     * Names the snapshot file of a journal position.
     *
     * @param journalIndex the index of the last event included, or -1.
     * @return the file name.
     */
    public static String fileName(final long journalIndex) {
        return PREFIX + String.format("%016x", journalIndex + 1) + SUFFIX;
    }
}
