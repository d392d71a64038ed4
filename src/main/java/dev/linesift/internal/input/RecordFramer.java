package dev.linesift.internal.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts uncompressed WARC data into records: a header that starts with a {@code WARC/} line and
 * ends with an empty line, then as many bytes as its {@code Content-Length} says, then two line
 * breaks. Only the framing is checked here; {@link WarcContent} reads the headers and the block.
 * A record is accepted when its block is followed by the two line breaks, or else by the next
 * record or the end of the data (writers differ). Anything else makes it {@link Corrupt}, and the
 * next call searches for a line that starts with {@code WARC/}, from the end of the corrupt
 * record's header (or its first line) on. A block larger than the limit is skipped unread,
 * except for its first bytes, which tell what it holds. Not thread-safe.
 */
final class RecordFramer {
    /** The longest record header read: real ones are a few hundred bytes. */
    static final int MAX_HEADER = 64 << 10;
    /** How much of a block over the limit is kept: enough for the HTTP status line and headers. */
    static final int LARGE_BLOCK_START = 32 << 10;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** What the framer found where a record should start. */
    sealed interface Framed permits Whole, TooLarge, Corrupt {
        /** {@return where it starts, as a position in the data} */
        long start();

        /** {@return the header bytes read, its last empty line included if it was reached} */
        byte[] header();
    }

    /** A record within the limit. */
    record Whole(long start, byte[] header, byte[] block) implements Framed {
    }

    /** A record whose block is larger than the limit: its length and first bytes. */
    record TooLarge(long start, byte[] header, long length, byte[] blockStart) implements Framed {
    }

    /** Data that is not a well-formed record; {@code cause} says why. */
    record Corrupt(long start, byte[] header, String cause) implements Framed {
    }

    private final RewindableInput in;
    private final long maxBlock;
    private final ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
    private boolean searching;

    RecordFramer(RewindableInput in, long maxBlock) {
        this.in = in;
        this.maxBlock = maxBlock;
    }

    /** The header bytes of the record being read, for a failure while reading it; empty between records. */
    byte[] partialHeader() {
        return header.toByteArray();
    }

    /** The next record, or {@code null} at the end of the data. */
    Framed next() throws IOException {
        header.reset();
        if (searching) {
            searching = false;
            if (!searchRecordStart()) {
                return null;
            }
        }
        while (isLineBreak(in.peek(1))) {
            in.read();
        }
        long start = in.position();
        if (in.peek(1).length == 0) {
            return null;
        }
        String first = readLine();
        if (first == null || !first.startsWith("WARC/")) {
            byte[] line = header.toByteArray();
            in.unread(line, 1, line.length - 1);
            searching = true;
            return corrupt(start, new byte[0], "no WARC record starts here");
        }
        long length = -1;
        for (String line = readLine(); line == null || !line.isEmpty(); line = readLine()) {
            if (line == null) {
                searching = true;
                return corrupt(start, header.toByteArray(), header.size() > MAX_HEADER
                        ? "the record's header is longer than " + MAX_HEADER + " bytes"
                        : "the data ends inside the record's header: it is cut short");
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                length = parseLength(line.substring(colon + 1).strip());
            }
        }
        byte[] head = header.toByteArray();
        if (length < 0) {
            searching = true;
            return corrupt(start, head, "the record has no valid Content-Length");
        }
        if (length > maxBlock) {
            return tooLarge(start, head, length);
        }
        byte[] block = in.readNBytes((int) length);
        if (block.length < length) {
            return corrupt(start, head, "the data ends inside the record (" + block.length + " of its "
                    + length + " bytes): it is cut short");
        }
        if (!endsHere()) {
            in.unread(block, 0, block.length);
            searching = true;
            return corrupt(start, head, "the record does not end where its Content-Length (" + length + ") says");
        }
        // At the end of a gzip member this reads its trailer: a checksum that does not match fails the record.
        in.peek(1);
        header.reset();
        return new Whole(start, head, block);
    }

    private Framed tooLarge(long start, byte[] head, long length) throws IOException {
        byte[] blockStart = in.readNBytes((int) Math.min(length, LARGE_BLOCK_START));
        long skipped = blockStart.length;
        byte[] buffer = new byte[8192];
        for (int n; skipped < length && (n = in.read(buffer, 0, (int) Math.min(buffer.length, length - skipped))) >= 0; ) {
            skipped += n;
        }
        if (skipped < length) {
            return corrupt(start, head, "the data ends inside the record (" + skipped + " of its " + length
                    + " bytes): it is cut short");
        }
        // Skipped unread, the block cannot be searched again: a search goes on from its end.
        searching = !endsHere();
        in.peek(1);
        header.reset();
        return new TooLarge(start, head, length, blockStart);
    }

    private Corrupt corrupt(long start, byte[] head, String cause) {
        header.reset();
        return new Corrupt(start, head, cause);
    }

    private static long parseLength(String value) {
        try {
            long n = Long.parseLong(value);
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One header line without its line break, its bytes added to {@code header}; {@code null} at the end or past the bound. */
    private String readLine() throws IOException {
        int from = header.size();
        for (int b = in.read(); b >= 0; b = in.read()) {
            header.write(b);
            if (b == '\n') {
                byte[] all = header.toByteArray();
                int end = all.length - 1;
                if (end > from && all[end - 1] == '\r') {
                    end--;
                }
                // Header values are UTF-8 (WARC 1.1); only the framing is read here, and ASCII is enough for it.
                return new String(all, from, end - from, StandardCharsets.ISO_8859_1);
            }
            if (header.size() > MAX_HEADER) {
                return null;
            }
        }
        return null;
    }

    /** Whether the record ends here: two line breaks, or else the next record or the end of the data. */
    private boolean endsHere() throws IOException {
        byte[] next = in.peek(4);
        if (next.length == 4 && next[0] == '\r' && next[1] == '\n' && next[2] == '\r' && next[3] == '\n') {
            in.skipNBytes(4);
            return true;
        }
        if (next.length >= 2 && next[0] == '\n' && next[1] == '\n') {
            in.skipNBytes(2);
            return true;
        }
        ByteArrayOutputStream breaks = new ByteArrayOutputStream();
        while (isLineBreak(in.peek(1))) {
            breaks.write(in.read());
        }
        byte[] following = in.peek(WARC.length);
        if (following.length == 0 || Arrays.equals(following, WARC)) {
            return true;
        }
        in.unread(breaks.toByteArray(), 0, breaks.size());
        return false;
    }

    /** Reads up to the next line that starts with {@code WARC/}; false if the data ends first. */
    private boolean searchRecordStart() throws IOException {
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n' && Arrays.equals(in.peek(WARC.length), WARC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(byte[] next) {
        return next.length == 1 && (next[0] == '\r' || next[0] == '\n');
    }
}
