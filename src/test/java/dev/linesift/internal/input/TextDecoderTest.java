package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String NORWEGIAN = "Blåbærsyltetøy på Ærøy: «Søt og god», sier Åse.\nNeste linje – med æ, ø og å.";

    @Test
    void utf8() {
        assertEquals(NORWEGIAN, TextDecoder.decode(NORWEGIAN.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMarkOnly() {
        byte[] body = NORWEGIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(NORWEGIAN, TextDecoder.decode(bytes).text());
    }

    @Test
    void utf16WithByteOrderMarks() throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
            out.write(NORWEGIAN.getBytes(cs));
            assertEquals(NORWEGIAN, TextDecoder.decode(out.toByteArray()).text(), cs.name());
        }
    }

    @Test
    void utf16WithoutMark() {
        assertEquals(NORWEGIAN, TextDecoder.decode(NORWEGIAN.getBytes(StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void windows1252AndLatin1Norwegian() {
        String cp1252 = NORWEGIAN + " Pris: 49 € – “sitat”";
        assertEquals(cp1252, TextDecoder.decode(cp1252.getBytes(Charset.forName("windows-1252"))).text());
        String latin1 = "Blåbærsyltetøy på Ærøy, sier Åse. Ærlig talt, æ ø å Æ Ø Å.";
        assertEquals(latin1, TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)).text());
        String shortLatin1 = "Tromsø";
        assertEquals(shortLatin1, TextDecoder.decode(shortLatin1.getBytes(StandardCharsets.ISO_8859_1)).text());
    }

    @Test
    void mostlyValidUtf8KeepsItsCharactersAndReplacesTheBrokenBytes() {
        byte[] good = "æøå blåbær og tyttebær, med en feil: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        String text = TextDecoder.decode(bytes).text();
        assertTrue(text.startsWith("æøå blåbær"), text);
        assertTrue(text.contains("\uFFFD"), text);
    }

    private static String html(String metaTag, String body) {
        return "<html><head>" + metaTag + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }

    private static String bodyText(TextDecoder.Decoded d) {
        String t = d.text();
        return t.substring(t.indexOf("<p>") + 3, t.indexOf("</p>"));
    }

    /** Browsers read these labels as the supersets servers actually mean. */
    @Test
    void legacyLabelsAreReadAsTheirSupersets() {
        String[][] cases = {
            {"ISO-8859-1", "windows-1252", "Prix : 49 € – “bon marché”, dit l’œnologue."},
            {"US-ASCII", "windows-1252", "Preis: 49 € – „günstig“."},
            {"GB2312", "GB18030", "南汉开国皇帝叫刘䶮，我的同学叫王喆。"},
            {"Big5", "Big5-HKSCS", "我哋今日去咗飲茶，嗰間茶樓啲點心好好食。"},
            {"EUC-KR", "x-windows-949", "우리 동네 똠방각하 아저씨는 오늘도 시장에서 떡볶이를 팔았습니다."},
            {"ISO-8859-9", "windows-1254", "Dün akşam İzmir’de “çay” içtik."},
            {"Shift_JIS", "windows-31j", "①番目と②番目の項目を確認してから、㈱山田商店に電話してください。"},
        };
        for (String[] c : cases) {
            byte[] text = c[2].getBytes(Charset.forName(c[1]));
            TextDecoder.Decoded plain = TextDecoder.decode(text, c[0], false);
            assertEquals(c[2], plain.text(), c[0]);
            assertEquals(c[1], plain.charset().name(), c[0]);
            byte[] page = html("<meta charset=\"" + c[0].toLowerCase(java.util.Locale.ROOT) + "\">", c[2]).getBytes(Charset.forName(c[1]));
            assertEquals(c[2], bodyText(TextDecoder.decode(page, null, true)), c[0] + " in meta");
        }
    }

    /**
     * The transport's charset wins over the page's, except that ISO-8859-1, US-ASCII or
     * windows-1252 from the transport yields to a page declaring another: old servers sent that
     * for every page. Turkish in windows-1254 shows both, since read as windows-1252 it would
     * look like text and stand ("akþam").
     */
    @Test
    void transportCharsetWinsOverTheMetaUnlessItIsTheLatin1Default() {
        String turkish = String.join(" ", EncodingSamples.TURKISH);
        Charset cp1254 = Charset.forName("windows-1254");
        byte[] metaWrong = html("<meta charset=\"windows-1252\">", turkish).getBytes(cp1254);
        assertEquals(turkish, bodyText(TextDecoder.decode(metaWrong, "windows-1254", true)));
        assertEquals(TextDecoder.Basis.DECLARED, TextDecoder.decode(metaWrong, "windows-1254", true).basis());
        assertTrue(bodyText(TextDecoder.decode(metaWrong, null, true)).contains("akþam"));
        byte[] metaRight = html("<meta charset=\"windows-1254\">", turkish).getBytes(cp1254);
        assertEquals(turkish, bodyText(TextDecoder.decode(metaRight, "ISO-8859-1", true)));
        assertEquals(turkish, bodyText(TextDecoder.decode(metaRight, null, true)));
    }

    @Test
    void metaDeclarationsInTheirCommonForms() {
        String turkish = String.join(" ", EncodingSamples.TURKISH);
        Charset cp1254 = Charset.forName("windows-1254");
        String[] heads = {
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1254\">",
            "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-9'>",
            "<!-- <meta charset=\"windows-1252\"> --><meta charset=windows-1254>",
            "<style>" + "p { color: black }\n".repeat(100) + "</style><meta charset=\"windows-1254\">",
        };
        for (String head : heads) {
            byte[] page = html(head, turkish).getBytes(cp1254);
            TextDecoder.Decoded d = TextDecoder.decode(page, null, true);
            assertEquals(turkish, bodyText(d), head);
            assertEquals(TextDecoder.Basis.DECLARED, d.basis(), head);
        }
        byte[] xhtml = ("<?xml version=\"1.0\" encoding=\"windows-1254\"?>" + html("", turkish)).getBytes(cp1254);
        assertEquals(turkish, bodyText(TextDecoder.decode(xhtml, null, true)));
    }

    @Test
    void aByteOrderMarkWinsOverEveryDeclaration() {
        byte[] body = html("<meta charset=\"koi8-r\">", NORWEGIAN).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "windows-1251", true);
        assertEquals(NORWEGIAN, bodyText(d));
        assertEquals(TextDecoder.Basis.BYTE_ORDER_MARK, d.basis());
    }

    /** UTF-8 with a broken byte declared as windows-1252: the declared text is mojibake, the UTF-8 one byte wrong. */
    @Test
    void mostlyValidUtf8WinsOverADeclaredLegacyCharsetWhoseTextIsMojibake() {
        byte[] good = String.join(" ", EncodingSamples.GERMAN).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xFC;
        bytes[good.length + 1] = '!';
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "windows-1252", false);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(TextDecoder.Basis.CONTRADICTED, d.basis());
        assertTrue(d.text().startsWith(String.join(" ", EncodingSamples.GERMAN)), d.text());
    }

    /** Seven-bit ISO-2022-JP is all ASCII bytes with escapes: ASCII-only bytes with an escape go to detection. */
    @Test
    void iso2022JpDeclaredOrNot() {
        String japanese = String.join("\n", EncodingSamples.JAPANESE);
        byte[] bytes = japanese.getBytes(Charset.forName("ISO-2022-JP"));
        assertEquals(japanese, TextDecoder.decode(bytes).text());
        assertEquals(japanese, TextDecoder.decode(bytes, "iso-2022-jp", false).text());
    }
}
