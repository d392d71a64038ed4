package dev.linesift.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One member of a gzip file, inflated ({@link GzipMembers}); {@link #offset()} is where it starts
 * in the compressed file. Its header is read by {@link #open()}; a member that is corrupt or cut
 * short throws a {@link GzipMembers.Fault} when read, and every read after. The compressed bytes
 * read for it are kept, up to a bound, so that {@link #rewind()} can go back over them. Not
 * thread-safe.
 */
final class GzipMember extends InputStream {
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;

    private final RewindableInput in;
    private final long keepAtMost;
    private final long offset;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[8192];
    private int inputLength;
    private long size;
    /** The compressed bytes read for this member, while {@code kept} is not null. */
    private byte[] kept = new byte[512];
    private int keptLength;
    /** Inflated bytes read ahead to check how the member starts, handed out first. */
    private byte[] prefix = new byte[0];
    private int prefixAt;
    private GzipMembers.Fault fault;
    private boolean done;

    GzipMember(RewindableInput in, long offset, long keepAtMost) {
        this.in = in;
        this.offset = offset;
        this.keepAtMost = keepAtMost;
    }

    boolean failed() {
        return fault != null;
    }

    long offset() {
        return offset;
    }

    void open() throws IOException {
        try {
            readHeader();
        } catch (GzipMembers.Fault f) {
            // kept in fault: reading the member throws it
        }
    }

    private void readHeader() throws IOException {
        if (headerByte() != 0x1F || headerByte() != 0x8B) {
            throw fault("no gzip member starts here");
        }
        if (headerByte() != 8) {
            throw fault("a gzip member of an unknown compression method");
        }
        int flags = headerByte();
        if ((flags & 0xE0) != 0) {
            throw fault("a gzip member with reserved flags set");
        }
        for (int i = 0; i < 6; i++) {
            headerByte();
        }
        if ((flags & FEXTRA) != 0) {
            int n = headerByte() | headerByte() << 8;
            for (int i = 0; i < n; i++) {
                headerByte();
            }
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (headerByte() != 0) {
                    // a zero-terminated name or comment
                }
            }
        }
        if ((flags & FHCRC) != 0) {
            headerByte();
            headerByte();
        }
    }

    private int headerByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw fault("the file ends inside a gzip member's header: it is cut short");
        }
        keep(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    private GzipMembers.Fault fault(String message) {
        fault = new GzipMembers.Fault(message);
        return fault;
    }

    private void keep(byte[] b, int off, int len) {
        if (kept == null) {
            return;
        }
        if (keptLength + len > keepAtMost) {
            kept = null;
            return;
        }
        if (keptLength + len > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(keptLength + len, kept.length * 2));
        }
        System.arraycopy(b, off, kept, keptLength, len);
        keptLength += len;
    }

    /** Inflates the first bytes and keeps them to hand out; false if they are not {@code expected}. */
    boolean startsWith(byte[] expected) throws IOException {
        byte[] got = new byte[expected.length];
        int n = 0;
        try {
            for (int r; n < got.length && (r = read(got, n, got.length - n)) >= 0; n += r) {
                // filling got
            }
        } catch (GzipMembers.Fault f) {
            return false;
        }
        prefix = Arrays.copyOf(got, n);
        prefixAt = 0;
        return n == expected.length && Arrays.equals(got, expected);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (fault != null) {
            throw fault;
        }
        if (prefixAt < prefix.length) {
            int n = Math.min(len, prefix.length - prefixAt);
            System.arraycopy(prefix, prefixAt, b, off, n);
            prefixAt += n;
            return n;
        }
        if (done) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    size += n;
                    return n;
                }
                if (inflater.finished()) {
                    readTrailer();
                    done = true;
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw fault("a gzip member that needs a preset dictionary");
                }
                if (inflater.needsInput()) {
                    inputLength = in.read(input, 0, input.length);
                    if (inputLength < 0) {
                        inputLength = 0;
                        throw fault("the file ends inside a gzip member: it is cut short");
                    }
                    keep(input, 0, inputLength);
                    inflater.setInput(input, 0, inputLength);
                }
            }
        } catch (DataFormatException e) {
            throw fault("corrupt gzip data (" + e.getMessage() + ")");
        }
    }

    /** The eight bytes after the compressed data: the checksum and the length of the inflated bytes. */
    private void readTrailer() throws IOException {
        int rest = inflater.getRemaining();
        in.unread(input, inputLength - rest, rest);
        if (kept != null) {
            keptLength -= rest;
        }
        long crcValue = 0;
        long length = 0;
        for (int i = 0; i < 4; i++) {
            crcValue |= (long) trailerByte() << (8 * i);
        }
        for (int i = 0; i < 4; i++) {
            length |= (long) trailerByte() << (8 * i);
        }
        if (crcValue != crc.getValue()) {
            throw fault("the gzip member's checksum does not match its data: it is corrupt");
        }
        if (length != (size & 0xFFFFFFFFL)) {
            throw fault("the gzip member's length does not match its data: it is corrupt");
        }
    }

    private int trailerByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw fault("the file ends inside a gzip member's trailer: it is cut short");
        }
        keep(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    /** Reads to the end; a failure stays in {@code fault}. */
    void drain() throws IOException {
        byte[] skip = new byte[8192];
        try {
            while (fault == null && read(skip, 0, skip.length) >= 0) {
                // discarding
            }
        } catch (GzipMembers.Fault f) {
            // kept in fault
        }
    }

    /** Goes back to the byte after this member's first, if every byte read for it was kept. */
    void rewind() {
        if (kept != null && keptLength > 1) {
            in.unread(kept, 1, keptLength - 1);
        }
    }

    void end() {
        inflater.end();
    }
}
