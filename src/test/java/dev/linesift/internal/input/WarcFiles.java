package dev.linesift.internal.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Small WARC and WET files written byte by byte for tests, with pages invented for them; records
 * can be gzipped one member each, as crawls do, and then damaged at will.
 */
public final class WarcFiles {
    /** The {@code n}th record id of a test archive, a fixed UUID URN. */
    public static String id(int n) {
        return "<urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", n) + ">";
    }

    /** The date every record here carries. */
    public static final String DATE = "2024-03-05T10:15:30Z";

    /** A news page: menu, story, subscription box, links to other stories. */
    public static final String LIBRARY_PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Valley library</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <article>
            <h1>Valley library opens its doors on Sunday afternoons</h1>
            <p class="byline">By Idun Marsh, 4 March 2024</p>
            <p>From April the library on Mill Street will stay open from noon to five on Sundays, the county's
            culture committee decided on Monday after a trial run over the winter drew more than 300 visitors a week.</p>
            <p>The longer hours are paid for by closing the reading room on Tuesday mornings, when the trial counts
            showed the fewest visitors. Librarians say families and students asked for the change above all else.</p>
            <p>\u201cA weekend afternoon is when people finally have time to read,\u201d said head librarian Tove Ness,
            who has run the branch since 2017. The caf\u00e9 in the entrance hall will keep the same hours.</p>
            </article>
            <aside><p>Subscribe today and read every story for 2 euros a month.</p><a href="/login">Log in</a></aside>
            <section><h2>More news</h2><ul><li><a href="/a">Bridge repairs close the ring road for two nights</a></li>
            <li><a href="/b">School choir records its first album in the old church</a></li></ul></section>
            <footer><p>\u00a9 2024 Valley Gazette</p></footer>
            </body></html>
            """;

    /** A second page, for files with more than one document. */
    public static final String ORCHARD_PAGE = """
            <html><body><nav><a href="/">Front page</a> <a href="/local">Local</a></nav>
            <h1>Orchard cooperative plants four hundred apple trees</h1>
            <p>Volunteers spent the weekend planting old apple varieties on the slope above the river, where the
            cooperative hopes to press its first juice within five years.</p>
            <p>The saplings were grafted last spring from trees that still grow in farm gardens across the valley,
            some of them more than a century old.</p>
            <p>Sign up for our newsletter to get the week's stories every Friday.</p>
            <ul><li><a href="/c">Ferry timetable changes for the summer</a></li></ul>
            </body></html>
            """;

    /** The plain text of a page, as a WET record gives it. */
    public static final String WET_TEXT = """
            Home | News | Weather | Log in
            Wind farm plan goes back to the drawing board
            The regional planning board sent the wind farm proposal back to its developers on Thursday, asking
            for a new route for the access road that avoids the wetlands east of the lake.
            The developers said they would study the request and present a revised plan before the end of the year.
            Read more: Hikers count fewer reindeer on the plateau this spring
            Subscribe for full access
            """;

    /** A Norwegian page with letters outside ASCII, to be sent as windows-1252 without a meta charset. */
    public static final String FJORD_PAGE = """
            <html><body><h1>Fergen over fjorden får nye avganger i sommer</h1>
            <p>Fra juni går det en ekstra avgang hver kveld, og billetten koster fortsatt 45 kroner \u2013 \u00abendelig\u00bb,
            sier pendlerne på kaia, som har ventet på dette i årevis.</p>
            <p>Fylket betaler for de nye turene i to år, og da skal ordningen vurderes på nytt før høsten 2026.</p>
            <p>Logg inn for å lese hele saken</p></body></html>
            """;

    private WarcFiles() {
    }

    /** One WARC record; null headers are left out. */
    public static byte[] record(String type, String uri, String id, String contentType, byte[] block) {
        StringBuilder h = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type).append("\r\n");
        if (id != null) {
            h.append("WARC-Record-ID: ").append(id).append("\r\n");
        }
        h.append("WARC-Date: ").append(DATE).append("\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        if (contentType != null) {
            h.append("Content-Type: ").append(contentType).append("\r\n");
        }
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        return concat(ascii(h.toString()), block, ascii("\r\n\r\n"));
    }

    /** An HTTP response message. */
    public static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(ascii(head), body);
    }

    /** A response record holding an HTTP response. */
    public static byte[] response(String uri, String id, int status, String contentType, byte[] body) {
        return record("response", uri, id, "application/http; msgtype=response", http(status, contentType, body));
    }

    /** A response record of a UTF-8 HTML page with status 200. */
    public static byte[] htmlResponse(String uri, String id, String html) {
        return response(uri, id, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A WET conversion record: the page's text in UTF-8. */
    public static byte[] conversion(String uri, String id, String text) {
        return record("conversion", uri, id, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] warcinfo(String id) {
        return record("warcinfo", null, id, "application/warc-fields", ascii("software: linesift tests\r\nformat: WARC File Format 1.1\r\n"));
    }

    public static byte[] request(String uri, String id) {
        return record("request", uri, id, "application/http; msgtype=request", ascii("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));
    }

    public static byte[] metadata(String uri, String id) {
        return record("metadata", uri, id, "application/warc-fields", ascii("fetchTimeMs: 120\r\n"));
    }

    public static byte[] revisit(String uri, String id) {
        return record("revisit", uri, id, "application/http; msgtype=response", ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"));
    }

    /** The records gzipped one member each, as crawls write them. */
    public static List<byte[]> gzipEach(byte[]... records) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] r : records) {
            out.add(gzip(r));
        }
        return out;
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Where each part starts when the parts are written one after another. */
    public static long[] offsets(List<byte[]> parts) {
        long[] out = new long[parts.size()];
        long at = 0;
        for (int i = 0; i < parts.size(); i++) {
            out[i] = at;
            at += parts.get(i).length;
        }
        return out;
    }

    public static byte[] concat(List<byte[]> parts) {
        return concat(parts.toArray(new byte[0][]));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }
}
