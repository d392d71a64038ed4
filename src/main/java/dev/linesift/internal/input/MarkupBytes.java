package dev.linesift.internal.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bytes of an HTML page say about their charset before they are decoded: the charset
 * label the page declares, and the bytes of its text without tags, comments, scripts and styles
 * for detection to weigh. Both read the bytes as ASCII, which every charset a page can declare in
 * readable markup agrees with below 0x80 (the trail bytes of GBK, Big5 and Shift_JIS are never
 * {@code <} or {@code >}). Stateless.
 */
final class MarkupBytes {
    /** HTML looks at the first 1024 bytes only, but many pages declare their charset later than that. */
    private static final int DECLARATION_SCAN = 16 * 1024;
    /** Enough text for detection; more only costs time. */
    private static final int MAX_TEXT = 64 * 1024;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("(?:^|[\\s;\"'/])charset\\s*=\\s*[\"']?\\s*([\\w.:+-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml\\s[^>]*encoding\\s*=\\s*[\"']([\\w.:+-]+)");

    private MarkupBytes() {
    }

    /**
     * The charset label of the first {@code <meta charset>} or {@code <meta http-equiv}
     * content type outside comments, else of an XML declaration; null when there is none.
     */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        String markup = COMMENT.matcher(head).replaceAll(" ");
        Matcher meta = META.matcher(markup);
        while (meta.find()) {
            String tag = meta.group().substring(5);
            Matcher charset = CHARSET.matcher(tag);
            // The charset parameter of a content attribute counts only with http-equiv, but pages
            // that leave out http-equiv mean the same.
            if (charset.find()) {
                return charset.group(1);
            }
        }
        Matcher xml = XML_DECLARATION.matcher(markup);
        return xml.find() ? xml.group(1) : null;
    }

    /**
     * The bytes of the page's text: everything outside tags, comments, scripts and styles, each
     * tag replaced by a space so that words on either side stay apart.
     */
    static byte[] text(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length, MAX_TEXT));
        int i = 0;
        int n = bytes.length;
        while (i < n && out.size() < MAX_TEXT) {
            byte b = bytes[i];
            if (b != '<' || i + 1 >= n || !startsTag(bytes[i + 1])) {
                out.write(b);
                i++;
                continue;
            }
            out.write(' ');
            if (startsWith(bytes, i, "<!--")) {
                i = after(bytes, i + 4, "-->");
            } else if (startsWith(bytes, i, "<script") || startsWith(bytes, i, "<style")) {
                i = after(bytes, i + 1, startsWith(bytes, i, "<script") ? "</script" : "</style");
                i = after(bytes, i, ">");
            } else {
                i = after(bytes, i + 1, ">");
            }
        }
        return out.toByteArray();
    }

    private static boolean startsTag(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '/' || b == '!' || b == '?';
    }

    /** The index after the first {@code end} (ASCII, matched ignoring case) from {@code from}, or the length. */
    private static int after(byte[] bytes, int from, String end) {
        for (int i = from; i + end.length() <= bytes.length; i++) {
            if (startsWith(bytes, i, end)) {
                return i + end.length();
            }
        }
        return bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (at + ascii.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            int b = bytes[at + k];
            if (Character.toLowerCase((char) (b & 0xFF)) != ascii.charAt(k) || b < 0) {
                return false;
            }
        }
        return true;
    }
}
