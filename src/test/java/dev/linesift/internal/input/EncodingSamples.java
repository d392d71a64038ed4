package dev.linesift.internal.input;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Short natural texts, one per charset the decoder must read, each a few sentences (one line
 * each) of a language the charset is written for, with the wrong labels a page or server could
 * give it. Written for these tests.
 */
final class EncodingSamples {
    private EncodingSamples() {
    }

    /**
     * A sample: {@code charset} the bytes are in, the sentences (lines), and wrong labels whose
     * text the bytes visibly contradict (another script, symbols inside words, control
     * characters, or undecodable bytes), so that the ladder must overrule them.
     */
    record Sample(String charset, String language, List<String> lines, List<String> wrongLabels) {
        String text() {
            return String.join("\n", lines);
        }

        byte[] bytes() {
            return text().getBytes(Charset.forName(charset));
        }

        @Override
        public String toString() {
            return charset + " " + language;
        }
    }

    static final List<String> CZECH = List.of(
            "Včera večer jsme s babičkou upekli švestkový koláč a celý dům voněl skořicí.",
            "Ráno přijede strýc Václav z Brna, takže musíme uklidit pokoj a připravit čerstvé povlečení.",
            "Doufám, že déšť do té doby ustane a půjdeme se projít k řece.");
    static final List<String> POLISH = List.of(
            "W sobotę pojechaliśmy nad jezioro, gdzie woda była zaskakująco zimna.",
            "Dzieci łowiły ryby, a dziadek opowiadał historie o dawnych żniwach i sąsiadach z małej wsi.",
            "Wieczorem zjedliśmy pierogi z jagodami i długo rozmawialiśmy przy ognisku, aż źrebię zasnęło w stajni.");
    static final List<String> HUNGARIAN = List.of(
            "Tegnap délután a nagymamámmal almás rétest sütöttünk, és az egész ház fahéjillatú lett.",
            "Holnap reggel érkezik Győrből a bátyám, ezért ki kell takarítanunk a vendégszobát.",
            "Remélem, hogy addig eláll az eső, és sétálhatunk egyet a folyóparton, ahol a fűzfák nőnek.");
    static final List<String> RUSSIAN = List.of(
            "Вчера вечером мы с бабушкой испекли пирог с капустой, и вся квартира пахла свежим хлебом.",
            "Завтра утром из Новосибирска приедет мой двоюродный брат, поэтому нужно убрать в комнате и постелить чистое бельё.",
            "Надеюсь, к тому времени дождь закончится и мы сможем погулять по набережной.");
    static final List<String> UKRAINIAN = List.of(
            "Учора ми з сусідами посадили в саду яблуню та кілька кущів смородини.",
            "Їхня донька принесла з лісу повний кошик грибів, і ввечері ми разом смажили їх з цибулею.",
            "Наступного тижня обіцяють тепло, тож усі підемо на річку.");
    static final List<String> TURKISH = List.of(
            "Dün akşam komşularımızla birlikte bahçede çay içtik ve eski günlerden konuştuk.",
            "Yarın sabah İzmir'den teyzem gelecek, bu yüzden misafir odasını temizleyip yatağı hazırlamamız gerekiyor.",
            "Umarım yağmur o zamana kadar durur da sahilde biraz yürüyüş yaparız.");
    /** windows-1252 French: €, œ and Œ, curly quotes and a dash live in its 0x80–0x9F range. */
    static final List<String> FRENCH_1252 = List.of(
            "Le chef a préparé un bœuf bourguignon pour la fête du village, et chaque assiette coûte 12 € avec le dessert.",
            "Les enfants ont mangé des crêpes au sucre pendant que les musiciens jouaient “sous les arbres” – sans micro.",
            "Œuvre collective, le repas a réuni presque tout le hameau.");
    /** ISO-8859-15 French: € at 0xA4, œ at 0xBD, Œ at 0xBC; no curly quotes, which it lacks. */
    static final List<String> FRENCH_15 = List.of(
            "Le chef a préparé un bœuf bourguignon pour la fête du village, et chaque assiette coûte 12 € avec le dessert.",
            "Les enfants ont mangé des crêpes au sucre pendant que les musiciens jouaient sous les arbres, et ma sœur a dansé.",
            "Œuvre collective, le repas a réuni presque tout le hameau.");
    static final List<String> GERMAN = List.of(
            "Am Wochenende fuhren wir mit dem Fahrrad an den See, wo das Wasser überraschend kühl war.",
            "Für Kaffee und Kuchen zahlten wir zusammen 14,50 € – ein fairer Preis für so große Stücke.",
            "Danach spazierten wir durch den Wald zurück und hörten die Vögel „singen“.");
    static final List<String> NORWEGIAN = List.of(
            "Vi gikk tur langs fjorden i går og så både sel og ærfugl.",
            "Bestemor hadde laget rømmegrøt, og vi spiste den ute på trappen mens sola gikk ned bak øyene.",
            "Neste helg skal vi plukke blåbær i skogen ovenfor hytta.");
    static final List<String> CHINESE = List.of(
            "昨天晚上我们和邻居一起在院子里包饺子，大家一边聊天一边听收音机里的老歌。",
            "明天早上表哥要从成都回来，所以我们得把客房打扫干净，再准备一套新的被子。",
            "希望到时候雨已经停了，我们可以去河边散散步。");
    /** Two names written with characters GBK has and GB2312 lacks (喆, 堃). */
    static final List<String> CHINESE_GBK = List.of(
            "我的同学王喆和李堃昨天去了博物馆，看到了很多古代的青铜器和瓷器。",
            "讲解员说，这些文物大多是几十年前在河南出土的。",
            "参观结束以后，他们在门口的小店里买了几张明信片寄给远方的朋友。");
    /** Characters only GB18030 has among the GB charsets (䶮 in extension A, 𠮷 in extension B). */
    static final List<String> CHINESE_GB18030 = List.of(
            "历史课上老师讲到南汉的开国皇帝刘䶮，同学们都不认识这个字。",
            "下课以后大家去图书馆查字典，才知道它读作“岩”。",
            "后来我们又在一本日本杂志上看到了“𠮷野家”的广告，这个字在普通的编码里也找不到。");
    static final List<String> CHINESE_TRADITIONAL = List.of(
            "昨天晚上我們和鄰居一起在院子裡包餃子，大家一邊聊天一邊聽收音機裡的老歌。",
            "明天早上表哥要從台中回來，所以我們得把客房打掃乾淨，再準備一套新的被子。",
            "希望到時候雨已經停了，我們可以去河邊散散步。");
    static final List<String> JAPANESE = List.of(
            "昨日の夜、近所の人たちと一緒に庭でバーベキューをしました。",
            "明日の朝は大阪から従兄弟が来るので、客間を掃除して新しい布団を用意しなければなりません。",
            "それまでに雨が止んで、川沿いを散歩できるといいですね。");
    static final List<String> KOREAN = List.of(
            "어제 저녁에 이웃들과 함께 마당에서 만두를 빚으면서 옛날 이야기를 나누었습니다.",
            "내일 아침에는 부산에서 사촌 형이 올라오기 때문에 손님방을 깨끗이 청소하고 새 이불을 준비해야 합니다.",
            "그때까지 비가 그쳐서 강가를 산책할 수 있으면 좋겠습니다.");

    /** Every legacy charset the decoder covers, with text in it and labels that are wrong for it. */
    static final List<Sample> LEGACY = List.of(
            new Sample("windows-1250", "Czech", CZECH, List.of("windows-1251", "utf-8")),
            new Sample("windows-1250", "Polish", POLISH, List.of("windows-1252", "iso-8859-1", "utf-8")),
            new Sample("ISO-8859-2", "Hungarian", HUNGARIAN, List.of("windows-1251", "utf-8")),
            new Sample("ISO-8859-2", "Polish", POLISH, List.of("windows-1252", "utf-8")),
            new Sample("ISO-8859-2", "Czech", CZECH, List.of("windows-1252", "utf-8")),
            new Sample("windows-1251", "Russian", RUSSIAN, List.of("windows-1252", "koi8-r", "utf-8")),
            new Sample("windows-1251", "Ukrainian", UKRAINIAN, List.of("windows-1252", "iso-8859-1", "utf-8")),
            new Sample("KOI8-R", "Russian", RUSSIAN, List.of("windows-1252", "windows-1251", "utf-8")),
            new Sample("windows-1254", "Turkish", TURKISH, List.of("windows-1251", "utf-8")),
            new Sample("windows-1252", "French", FRENCH_1252, List.of("iso-8859-15", "windows-1251", "utf-8")),
            new Sample("windows-1252", "German", GERMAN, List.of("iso-8859-15", "koi8-r", "utf-8")),
            new Sample("ISO-8859-1", "Norwegian", NORWEGIAN, List.of("windows-1251", "utf-8")),
            new Sample("ISO-8859-15", "French", FRENCH_15, List.of("windows-1252", "iso-8859-1", "utf-8")),
            new Sample("GB2312", "Chinese", CHINESE, List.of("windows-1252", "big5", "utf-8")),
            new Sample("GBK", "Chinese", CHINESE_GBK, List.of("windows-1252", "iso-8859-1", "utf-8")),
            new Sample("GB18030", "Chinese", CHINESE_GB18030, List.of("windows-1252", "utf-8")),
            new Sample("Big5", "Chinese (traditional)", CHINESE_TRADITIONAL, List.of("windows-1252", "gb2312", "utf-8")),
            new Sample("Shift_JIS", "Japanese", JAPANESE, List.of("windows-1252", "euc-jp", "utf-8")),
            new Sample("EUC-JP", "Japanese", JAPANESE, List.of("windows-1252", "shift_jis", "utf-8")),
            new Sample("EUC-KR", "Korean", KOREAN, List.of("windows-1252", "gb2312", "utf-8")));
}
