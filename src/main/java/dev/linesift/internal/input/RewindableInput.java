package dev.linesift.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * An input stream that counts the bytes it hands out and takes any number of them back, so that a
 * reader can look ahead, or go back over bytes it kept, when it searches for the next record after
 * a corrupt one. Bytes taken back are read again before the underlying stream. Not thread-safe.
 */
final class RewindableInput extends InputStream {
    private final InputStream in;
    /** Bytes taken back, the next to read first; the first chunk is read from {@code headAt}. */
    private final Deque<byte[]> pushed = new ArrayDeque<>();
    private int headAt;
    private long position;

    RewindableInput(InputStream in) {
        this.in = in;
    }

    /** {@return how many bytes have been read, less those taken back} */
    long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        byte[] head = pushed.peekFirst();
        int b;
        if (head != null) {
            b = head[headAt++] & 0xFF;
            dropHeadIfDone(head);
        } else {
            b = in.read();
            if (b < 0) {
                return -1;
            }
        }
        position++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        byte[] head = pushed.peekFirst();
        int n;
        if (head != null) {
            n = Math.min(len, head.length - headAt);
            System.arraycopy(head, headAt, b, off, n);
            headAt += n;
            dropHeadIfDone(head);
        } else {
            n = in.read(b, off, len);
            if (n < 0) {
                return -1;
            }
        }
        position += n;
        return n;
    }

    private void dropHeadIfDone(byte[] head) {
        if (headAt == head.length) {
            pushed.removeFirst();
            headAt = 0;
        }
    }

    /** Takes back {@code len} bytes, which are read again next, in order. */
    void unread(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        byte[] head = pushed.peekFirst();
        if (head != null && headAt > 0) {
            pushed.removeFirst();
            pushed.addFirst(Arrays.copyOfRange(head, headAt, head.length));
            headAt = 0;
        }
        pushed.addFirst(Arrays.copyOfRange(b, off, off + len));
        position -= len;
    }

    /** The next {@code n} bytes (fewer at the end of the stream), left unread. */
    byte[] peek(int n) throws IOException {
        byte[] b = readNBytes(n);
        unread(b, 0, b.length);
        return b;
    }

    @Override
    public void close() throws IOException {
        pushed.clear();
        in.close();
    }
}
