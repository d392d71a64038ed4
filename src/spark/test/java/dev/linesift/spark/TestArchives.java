package dev.linesift.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Small crawl archives for the tests, written as crawlers write them: WARC/1.0 records, each one
 * compressed as a gzip member of its own. The pages are invented for these tests.
 */
final class TestArchives {
    private TestArchives() {
    }

    /** An archive being written: records in order, each gzipped on its own. */
    static final class Writer {
        private final List<byte[]> members = new ArrayList<>();
        private int ids;
        private final String prefix;

        Writer(String prefix) {
            this.prefix = prefix;
        }

        String nextId() {
            return String.format("<urn:uuid:%s-0000-4000-8000-%012d>", prefix, ++ids);
        }

        Writer warcinfo(String filename) {
            String block = "software: linesift tests\r\nformat: WARC File Format 1.0\r\n";
            return record("warcinfo", null, "application/warc-fields", filename, block.getBytes(StandardCharsets.UTF_8));
        }

        /** A WET record: the text a crawl extracted from a page. */
        Writer conversion(String uri, String text) {
            return record("conversion", uri, "text/plain", null, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A request and its response: the HTTP exchange that fetched a page. */
        Writer fetch(String uri, int status, String contentType, byte[] body) {
            String request = "GET " + uri.replaceFirst("^https?://[^/]+", "") + " HTTP/1.1\r\nHost: "
                    + uri.replaceFirst("^https?://([^/]+).*$", "$1") + "\r\nUser-Agent: linesift-test\r\n\r\n";
            record("request", uri, "application/http; msgtype=request", null, request.getBytes(StandardCharsets.US_ASCII));
            String reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Moved";
            ByteArrayOutputStream http = new ByteArrayOutputStream();
            http.writeBytes(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            http.writeBytes(body);
            return record("response", uri, "application/http; msgtype=response", null, http.toByteArray());
        }

        Writer metadata(String uri) {
            byte[] block = "fetchTimeMs: 112\r\noutlink: https://example.org/\r\n".getBytes(StandardCharsets.UTF_8);
            return record("metadata", uri, "application/warc-fields", null, block);
        }

        /** A member that starts as gzip and then is not: a damaged record. */
        Writer garbage() {
            byte[] whole = gzip(header("conversion", "https://broken.example/", "text/plain", null, 400)
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] cut = new byte[whole.length / 2 + 30];
            System.arraycopy(whole, 0, cut, 0, whole.length / 2);
            for (int i = whole.length / 2; i < cut.length; i++) {
                cut[i] = (byte) (i * 37);
            }
            members.add(cut);
            return this;
        }

        /** A record whose block is shorter than its Content-Length says. */
        Writer truncated(String uri, String text) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            String head = header("conversion", uri, "text/plain", null, body.length + 500);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
            members.add(gzip(out.toByteArray()));
            return this;
        }

        private Writer record(String type, String uri, String contentType, String filename, byte[] block) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(header(type, uri, contentType, filename, block.length).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(block);
            out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            members.add(gzip(out.toByteArray()));
            return this;
        }

        private String header(String type, String uri, String contentType, String filename, long length) {
            StringBuilder h = new StringBuilder("WARC/1.0\r\n");
            h.append("WARC-Type: ").append(type).append("\r\n");
            if (uri != null) {
                h.append("WARC-Target-URI: ").append(uri).append("\r\n");
            }
            if (filename != null) {
                h.append("WARC-Filename: ").append(filename).append("\r\n");
            }
            h.append("WARC-Date: 2025-03-").append(String.format("%02d", 1 + ids % 28)).append("T10:1")
                    .append(ids % 10).append(":00Z\r\n");
            h.append("WARC-Record-ID: ").append(nextId()).append("\r\n");
            h.append("Content-Type: ").append(contentType).append("\r\n");
            h.append("Content-Length: ").append(length).append("\r\n\r\n");
            return h.toString();
        }

        void writeTo(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                for (byte[] member : members) {
                    out.write(member);
                }
            }
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the test inputs into {@code dir}: a WET file of text pages, a WARC file of HTML
     * responses (with requests, metadata, a 404 and an image around them), a WET file with a
     * damaged and a cut-short record among good ones, and a gzipped file that is no archive.
     *
     * @return the archives (not the file that is no archive)
     */
    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path wet = dir.resolve("town-news.warc.wet.gz");
        new Writer("aaaaaaaa").warcinfo(wet.getFileName().toString())
                .conversion("https://kystposten.example/nyheter/ferja-innstilt", FERRY_NB)
                .conversion("https://valley-courier.example/2025/03/library-reopens", LIBRARY_EN)
                .conversion("https://valley-courier.example/subscribe", SUBSCRIBE_EN)
                .conversion("https://bergblatt.example/lokales/markthalle", MARKET_DE)
                .writeTo(wet);
        Path warc = dir.resolve("site-crawl.warc.gz");
        new Writer("bbbbbbbb").warcinfo(warc.getFileName().toString())
                .fetch("https://valley-courier.example/2025/03/bridge-repairs", 200, "text/html; charset=utf-8",
                        utf8(BRIDGE_HTML))
                .metadata("https://valley-courier.example/2025/03/bridge-repairs")
                .fetch("https://valley-courier.example/old-page", 404, "text/html", utf8("<html><body><p>Gone.</p></body></html>"))
                .fetch("https://valley-courier.example/logo.png", 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})
                .fetch("https://turstien.example/tips/fjelltur-med-barn", 200, "text/html; charset=utf-8",
                        utf8(HIKE_HTML))
                .writeTo(warc);
        Path damaged = dir.resolve("damaged.warc.wet.gz");
        new Writer("cccccccc").warcinfo(damaged.getFileName().toString())
                .conversion("https://valley-courier.example/2025/03/orchard", ORCHARD_EN)
                .garbage()
                .conversion("https://kystposten.example/kultur/korpset", BAND_NB)
                .truncated("https://valley-courier.example/cut-short", LIBRARY_EN)
                .writeTo(damaged);
        Files.write(dir.resolve("notes.warc.gz"), gzip(utf8("These are notes, not a crawl archive.\nNothing here is a WARC record.\n")));
        return List.of(wet, warc, damaged);
    }

    static final String FERRY_NB = """
            Kystposten
            Nyheter
            Sport
            Kultur
            Meninger
            Logg inn
            Ferja mellom Holmvik og Straumsnes innstilt resten av uka
            Sterk vind og en skadet rampe gjør at ferjesambandet står stille til fredag.
            Av Ingrid Solheim
            Publisert 12. mars 2025 kl. 08.14
            Ferjeselskapet melder at rampen på Straumsnes-siden fikk skader da et lasteskip la til kai i uvær natt til tirsdag. Inntil reparasjonen er ferdig kan ingen kjøretøy gå om bord.
            Passasjerer uten bil blir fraktet med en mindre hurtigbåt som går hver annen time fra Holmvik. Båten tar førti personer, og selskapet ber reisende komme i god tid.
            – Vi forstår at dette er tungt for pendlerne, men sikkerheten går først, sier driftsleder Tor Arne Vik.
            Kommunen vurderer å sette opp ekstra bussavganger rundt fjorden for dem som må ha med seg bil. Omkjøringen tar i underkant av to timer hver vei.
            Les også: Nye bompenger på fylkesvegen fra sommeren
            Les også: Skolen i Holmvik får ny gymsal
            Abonner på Kystposten for 1 krone første måned
            Del saken
            © Kystposten 2025
            """;

    static final String LIBRARY_EN = """
            The Valley Courier
            Home
            News
            Sport
            What's on
            Subscribe
            Town library reopens after a year of repairs
            Readers queued in the rain on Saturday morning as the doors opened again on Mill Street.
            By Hannah Pryce
            March 9, 2025
            The Victorian building closed last spring when water was found running behind the plaster of the reading room. Builders replaced most of the roof and rewired every floor.
            Librarian Owen Bell said the new children's corner was the part he was proudest of. "We finally have room for story time without moving the shelves," he said.
            The reopening also brings longer evening hours on Thursdays, and a small room that local groups can book free of charge.
            Borrowers who returned books during the closure at the town hall will find their accounts up to date.
            You have read 3 of 5 free articles this month. Subscribe for unlimited access.
            More from the Courier
            Council agrees plan for new cycle lanes
            Under-12s reach county cup final
            Share this article
            Copyright 2025 The Valley Courier
            """;

    static final String SUBSCRIBE_EN = """
            The Valley Courier
            Subscribe to the Courier
            Get every story, the printed weekend edition and our puzzles app.
            Digital: 4.99 a month
            Print and digital: 9.99 a month
            Already a subscriber? Log in
            Cancel any time. Prices include VAT.
            """;

    static final String MARKET_DE = """
            Bergblatt
            Lokales
            Wirtschaft
            Sport
            Anmelden
            Die alte Markthalle bekommt eine zweite Chance
            Nach jahrelangem Leerstand sollen im Herbst wieder Händler in die Halle am Flussufer ziehen.
            Von Jonas Krämer
            10. März 2025
            Der Stadtrat hat am Donnerstagabend einstimmig beschlossen, das Gebäude an eine Genossenschaft aus Landwirten und Bäckern zu verpachten. Die Miete bleibt in den ersten drei Jahren niedrig.
            Im Gegenzug übernimmt die Genossenschaft die Reparatur der Fenster und der Heizung. Das Dach war bereits im vergangenen Jahr mit Mitteln des Landes erneuert worden.
            Anwohner hatten lange gefordert, die Halle nicht an eine Supermarktkette zu geben. Viele erinnern sich noch an den Wochenmarkt, der dort bis in die neunziger Jahre stattfand.
            Jetzt weiterlesen mit Bergblatt Plus
            Mehr aus Lokales
            Neue Buslinie zum Bahnhof ab April
            Teilen
            """;

    static final String ORCHARD_EN = """
            The Valley Courier
            News
            Volunteers plant a community orchard on the old allotments
            Sixty fruit trees went into the ground on Sunday in a field that had been empty for ten years.
            By Mark Ellison
            March 3, 2025
            Apple, pear and plum trees were donated by a nursery outside the town, and pupils from the primary school helped carry the saplings down the lane.
            The group behind the orchard says anyone may pick the fruit once the trees are grown, and hopes to add benches and a hedge for birds next winter.
            Sign up to our newsletter
            Most read
            Flood warning lifted for the river meadows
            """;

    static final String BAND_NB = """
            Kystposten
            Kultur
            Skolekorpset fyller femti år med konsert i kirka
            Over hundre tidligere medlemmer har meldt seg på for å spille sammen med dagens korps.
            Av Mari Haugen
            Dirigenten har skrevet et eget stykke for anledningen, der hver tiårsperiode får sin egen melodi. Øvingene har pågått siden jul, og tubaene har måttet lånes fra nabobygda.
            Konserten er gratis, men korpset tar gjerne imot gaver til nye uniformer.
            Les også: Biblioteket får lengre åpningstid
            """;

    static final String BRIDGE_HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Bridge repairs | The Valley Courier</title></head>
            <body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
            <li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
            <main><article>
            <h1>Old stone bridge to close for three weeks of repairs</h1>
            <p class="standfirst">Drivers are asked to use the bypass while masons rebuild the parapet that was struck by a lorry.</p>
            <p class="byline">By Priya Natt · March 11, 2025</p>
            <p>The county council said work on the eighteenth-century bridge would begin on Monday and that the crossing would stay open to people on foot for most of that time.</p>
            <p>Masons will take down the damaged section of the parapet stone by stone, number each block, and rebuild it with lime mortar so that it matches the rest of the structure.</p>
            <figure><img src="/img/bridge.jpg" alt=""><figcaption>The damaged parapet on the south side of the bridge.</figcaption></figure>
            <p>Bus route 7 will run a short diversion through the industrial estate, adding about five minutes to the journey into town.</p>
            <p>Shops on Bridge Street said they hoped the closure would not last longer than planned, as spring is usually a busy season for them.</p>
            </article>
            <div class="paywall"><p>Enjoying the Courier? Subscribe today and get your first month free.</p><p><a href="/login">Log in</a></p></div>
            <aside><h2>More news</h2><ul><li><a href="/2025/03/library-reopens">Town library reopens after a year of repairs</a></li>
            <li><a href="/2025/03/orchard">Volunteers plant a community orchard</a></li></ul></aside>
            </main>
            <footer><p>© 2025 The Valley Courier · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
            </body></html>
            """;

    static final String HIKE_HTML = """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8"><title>Fjelltur med barn – Turstien</title></head>
            <body>
            <div class="top"><a href="/">Turstien</a> <a href="/tips">Tips</a> <a href="/kart">Kart</a> <a href="/logg-inn">Logg inn</a></div>
            <div class="content">
            <h1>Slik får du med barna på fjelltur</h1>
            <p>Korte etapper, god mat og et mål underveis gjør mer enn det beste utstyret.</p>
            <p>Velg en tur med noe å se fram til: et vann å kaste stein i, en varde å legge en stein på, eller en bu der dere kan spise niste i le for vinden.</p>
            <p>Planlegg pauser før barna blir slitne. En kjeks hver halvtime kan redde en hel ettermiddag, og det er lurt å snu mens alle fortsatt har det gøy.</p>
            <h2>Hva bør være i sekken?</h2>
            <ul><li>Ekstra ullgenser og tørre sokker til alle</li><li>Varm drikke på termos</li><li>Plaster og et lite førstehjelpssett</li></ul>
            <p>La gjerne de minste bære sin egen lille sekk med en leke og litt godteri. Det gir eierskap til turen.</p>
            </div>
            <div class="related"><h3>Flere tips</h3><p><a href="/tips/telt">Første natt i telt</a></p><p><a href="/tips/ski">Skitur i påsken</a></p></div>
            <div class="foot">Turstien · Del artikkelen · Personvern</div>
            </body></html>
            """;
}
