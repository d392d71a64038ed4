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
}
