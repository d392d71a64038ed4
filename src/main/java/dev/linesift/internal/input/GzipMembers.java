package dev.linesift.internal.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The members of a gzip file, one after the other, each inflated as a stream of its own. Crawls
 * compress every WARC record as a member of its own, so a member can fail alone: one whose data is
 * corrupt, whose checksum does not match, or inside which the file ends fails when read (its
 * stream throws a {@link Fault}), and the next call to {@link #next()} searches the bytes after
 * that member's first byte for the next member that inflates to the start of a WARC record.
 * Bytes that are no gzip member where one should start become a member that fails at once. The
 * bytes of the member being read are kept, up to a bound, so that the search can go back over
 * them; past the bound it starts where reading stopped. Not thread-safe.
 */
final class GzipMembers {
    /** A member that is corrupt or cut short; the message says how. */
    static final class Fault extends IOException {
        private static final long serialVersionUID = 1L;

        Fault(String message) {
            super(message);
        }
    }

    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final RewindableInput in;
    private final long keepAtMost;
    private GzipMember current;
    private boolean searching;

    /**
     * @param in         the compressed bytes, positioned where a member starts
     * @param keepAtMost compressed bytes of one member kept for going back over after a failure
     */
    GzipMembers(RewindableInput in, long keepAtMost) {
        this.in = in;
        this.keepAtMost = keepAtMost;
    }

    /** The next member, or {@code null} at the end of the file; the previous one is read to its end first. */
    GzipMember next() throws IOException {
        if (current != null) {
            current.drain();
            if (current.failed()) {
                searching = true;
                current.rewind();
            }
            current.end();
            current = null;
        }
        if (searching) {
            current = search();
        } else if (in.peek(1).length > 0) {
            current = new GzipMember(in, in.position(), keepAtMost);
            current.open();
        }
        return current;
    }

    /** The next place, byte by byte, where a member starts that inflates to "WARC/". */
    private GzipMember search() throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            byte[] next = b == 0x1F ? in.peek(2) : null;
            if (next == null || next.length < 2 || (next[0] & 0xFF) != 0x8B || next[1] != 8) {
                continue;
            }
            long at = in.position() - 1;
            in.unread(new byte[] {0x1F}, 0, 1);
            GzipMember candidate = new GzipMember(in, at, keepAtMost);
            candidate.open();
            if (!candidate.failed() && candidate.startsWith(WARC)) {
                searching = false;
                return candidate;
            }
            candidate.rewind();
            candidate.end();
        }
    }
}
