package dev.linesift.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Everything one page is rendered from, and the building blocks that site families compose:
 * menus, bylines, article bodies, story cards, consent and subscription boxes, footers.
 */
final class Render {
    final Site site;
    final Random r;
    final PageBuilder b;
    final Parts parts;
    final Parts.Article article;
    final List<Parts.Article> pool;
    final Parts.UiBank content;
    final LocalDateTime when;
    /** True for pages rendered as HTML: real sites' markup carries much larger menus and sidebars. */
    boolean html;

    Render(Site site, Random r, Parts parts, Parts.Article article, List<Parts.Article> pool) {
        this.site = site;
        this.r = r;
        this.parts = parts;
        this.article = article;
        this.pool = pool;
        this.b = new PageBuilder(r, site.noise);
        Parts.UiBank c = parts.ui.get(article != null ? article.lang() : site.contentLang);
        this.content = c != null ? c : site.ui;
        this.when = LocalDateTime.of(2019 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28), 5 + r.nextInt(17), r.nextInt(60));
    }

    // ---------------------------------------------------------------- strings

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    String ui(String section) {
        return fill(Site.pick(site.ui.get(section), r));
    }

    List<String> uis(String section, int k) {
        List<String> out = new ArrayList<>();
        for (String s : Site.sample(site.ui.get(section), k, r)) {
            out.add(fill(s));
        }
        return out;
    }

    String name() {
        return name(r);
    }

    private String name(Random rnd) {
        return Site.pick(content.get("names.first"), rnd) + " " + Site.pick(content.get("names.last"), rnd);
    }

    String pub() {
        return pub(r);
    }

    private String pub(Random rnd) {
        return Site.pick(site.ui.get("pubs"), rnd);
    }

    String date() {
        return date(r);
    }

    private String date(Random rnd) {
        return site.date(when.minusDays(rnd.nextInt(3)));
    }

    String dateTime() {
        return site.dateTime(when.minusMinutes(r.nextInt(3000)));
    }

    String time() {
        return String.format(Locale.ROOT, r.nextBoolean() ? "%02d:%02d" : "%02d.%02d", 6 + r.nextInt(17), r.nextInt(60));
    }

    String upper(String s) {
        return s.toUpperCase(site.locale);
    }

    /** Fills a template's placeholders with values fitting this page. */
    String fill(String template) {
        return fill(template, r);
    }

    /**
     * Fills placeholders that composed lines still carry (building blocks that pick UI strings
     * without filling them). Each line draws from its own generator, seeded by its text, so the
     * page's main random stream, and with it every other page, stays as it was.
     */
    String fillLeftovers(String line) {
        return line.indexOf('{') < 0 ? line : fill(line, new Random(line.hashCode()));
    }

    private String fill(String template, Random rnd) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String key = template.substring(open + 1, close);
            out.append(switch (key) {
                case "brand" -> site.brand;
                case "pub" -> pub(rnd);
                case "name" -> name(rnd);
                case "n" -> Integer.toString(1 + rnd.nextInt(rnd.nextBoolean() ? 9 : 60));
                case "m" -> Integer.toString(5 + rnd.nextInt(20));
                case "date" -> date(rnd);
                case "year" -> Integer.toString(when.getYear());
                case "headline" -> other(rnd).headline();
                case "section" -> article != null ? article.section() : Site.pick(site.nav, rnd);
                default -> template.substring(open, close + 1);
            });
            i = close + 1;
        }
        return out.toString();
    }

    /** Another story of the same content language, for cards and links. */
    Parts.Article other() {
        return other(r);
    }

    private Parts.Article other(Random rnd) {
        for (int k = 0; k < 20; k++) {
            Parts.Article a = Site.pick(pool, rnd);
            if (a != article) {
                return a;
            }
        }
        return Site.pick(pool, rnd);
    }

    List<Parts.Article> others(int k) {
        List<Parts.Article> out = new ArrayList<>();
        for (Parts.Article a : Site.sample(pool, k + 1, r)) {
            if (a != article && out.size() < k) {
                out.add(a);
            }
        }
        return out;
    }

    void gap() {
        if (site.blankStyle == 1 || site.blankStyle == 2 && chance(0.5)) {
            b.blank();
        }
    }

    // ---------------------------------------------------------------- page furniture

    void brandLine() {
        b.role("brand");
        b.meta(chance(0.3) ? upper(site.brand) : site.brand);
    }

    void header() {
        b.role("header");
        if (chance(0.5)) {
            b.teaser(ui("teaser.ui"));
        }
        brandLine();
        b.role("header");
        if (chance(0.5)) {
            b.teaser(ui("teaser.ui"));
        }
        if (chance(0.6)) {
            b.paywall(ui("paywall.button"));
        }
        if (chance(0.3)) {
            b.paywall(ui("paywall.login"));
        }
        nav();
    }

    void nav() {
        b.role("nav");
        if (html) {
            // A full site menu: sections, local areas and services, some of them twice (mobile and desktop menus).
            List<String> items = new ArrayList<>(site.nav);
            items.addAll(Site.sample(site.ui.get("teaser.nav"), between(2, 16), r));
            items.addAll(Site.sample(content.get("places"), between(0, 6), r));
            if (chance(0.15)) {
                items.addAll(site.nav);
            }
            for (String n : items) {
                b.teaser(n);
            }
            gap();
            return;
        }
        int k = Math.min(site.nav.size(), between(3, site.nav.size()));
        if (chance(0.2)) {
            b.teaser(String.join(chance(0.5) ? " " : site.separator, site.nav.subList(0, k)));
        } else {
            for (String n : site.nav.subList(0, k)) {
                b.teaser(n);
            }
        }
        gap();
    }

    void breadcrumb() {
        b.role("breadcrumb");
        String sep = Site.pick(List.of(" › ", " > ", " / ", " » ", "  ›  "), r);
        String first = Site.pick(site.ui.get("teaser.ui"), r);
        b.meta(first + sep + (article != null ? article.section() : Site.pick(site.nav, r))
                + (chance(0.4) ? sep + Site.pick(site.nav, r) : ""));
    }

    void kicker() {
        b.role("kicker");
        String k = chance(0.6) && article != null ? article.section() : ui("meta.section");
        b.meta(site.upperKickers ? upper(k) : k);
    }

    void byline() {
        b.role("byline");
        switch (r.nextInt(6)) {
            case 0 -> {
                b.meta(ui("meta.byline"));
                b.meta(ui("meta.published"));
            }
            case 1 -> b.meta(ui("meta.byline") + site.separator + dateTime());
            case 2 -> {
                b.meta(name());
                b.meta(dateTime());
            }
            case 3 -> {
                b.meta(ui("meta.byline"));
                b.meta(date());
                if (chance(0.6)) {
                    b.meta(ui("meta.readtime"));
                }
            }
            case 4 -> {
                b.meta(name());
                if (chance(0.5)) {
                    b.meta(Site.pick(content.get("agencies"), r));
                }
                b.meta(ui("meta.published"));
            }
            default -> b.meta(ui("meta.published") + site.separator + ui("meta.readtime"));
        }
    }

    void share() {
        b.role("share");
        if (chance(0.4)) {
            b.meta(String.join(chance(0.5) ? " " : site.separator, uis("meta.share", between(2, 4))));
        } else {
            for (String s : uis("meta.share", between(1, 4))) {
                b.meta(s);
            }
        }
    }

    void tags() {
        b.role("tags");
        b.meta(ui("meta.tags"));
        int k = between(2, 5);
        for (int i = 0; i < k; i++) {
            b.meta(i == 0 && article != null ? article.section() : chance(0.5)
                    ? Site.pick(content.get("places"), r) : Site.pick(site.ui.get("meta.section"), r));
        }
    }

    void credit() {
        b.role("credit");
        b.meta(ui("meta.credit"));
    }

    void adLabel() {
        b.role("ad");
        b.meta(ui("meta.ad"));
        if (chance(0.5)) {
            b.teaser(other().headline());
        }
    }

    void readAlso() {
        b.role("readalso");
        String t = Site.pick(site.ui.get("teaser.readalso"), r);
        b.teaser(t.contains("{headline}") ? t.replace("{headline}", other().headline()) : fill(t) + " " + other().headline());
    }

    // ---------------------------------------------------------------- the story

    void headline() {
        b.role("headline");
        b.article(article.headline());
    }

    void standfirst() {
        b.role("standfirst");
        b.article(article.standfirst());
    }

    /**
     * The article body. {@code maxParagraphs} cuts it (for paywalled previews); inline extras are
     * links to other stories, ad labels and captions with credits.
     */
    void body(int maxParagraphs, boolean extras) {
        int paragraphs = 0;
        for (Parts.Body line : article.body()) {
            if (line.tag().equals("P") && ++paragraphs > maxParagraphs) {
                return;
            }
            b.role(switch (line.tag()) {
                case "SUB" -> "sub";
                case "LI" -> "list";
                case "FACT", "FI" -> "fact";
                case "Q" -> "quote";
                default -> "body";
            });
            switch (line.tag()) {
                case "P" -> b.article(line.text());
                case "SUB" -> b.article(chance(0.15) ? upper(line.text()) : line.text());
                case "LI" -> b.article(Site.pick(List.of("", "", "• ", "- ", "– ", "* "), r) + line.text());
                case "CAP" -> caption(line.text());
                case "FACT" -> b.article(chance(0.3) ? upper(line.text()) : line.text());
                case "FI" -> b.article(Site.pick(List.of("", "", "• ", "- "), r) + line.text());
                case "Q" -> b.article(Site.pick(List.of("«%s»", "“%s”", "\"%s\"", "– %s", "%s"), r).formatted(stripQuotes(line.text())));
                default -> b.article(line.text());
            }
            if (line.tag().equals("P")) {
                gap();
                if (extras && paragraphs > 1) {
                    double x = r.nextDouble();
                    if (x < 0.06) {
                        readAlso();
                        gap();
                    } else if (x < 0.09) {
                        adLabel();
                        gap();
                    } else if (x < 0.11) {
                        newsletterBox(true);
                        gap();
                    }
                }
            }
        }
    }

    void caption(String text) {
        b.role("caption");
        int style = r.nextInt(4);
        if (style == 0) {
            b.article(text + " " + ui("meta.credit"));
        } else if (style == 1) {
            b.article(text);
            credit();
        } else {
            b.article(text);
        }
    }

    private static String stripQuotes(String s) {
        return s.replaceAll("^[\"«“„–\\- ]+|[\"»”]+$", "");
    }

    /** A lead photo: a caption built from the standfirst's first clause is not honest; use a real caption or none. */
    void leadImage() {
        for (Parts.Body line : article.body()) {
            if (line.tag().equals("CAP")) {
                caption(line.text());
                return;
            }
        }
        if (chance(0.5)) {
            credit();
        }
    }

    // ---------------------------------------------------------------- other stories

    /** A "more stories" header, sometimes glued to its "see all" link as scraped. */
    void moreHeader() {
        b.role("more");
        String more = ui("teaser.more");
        if (chance(0.35)) {
            String all = ui("teaser.seeall");
            b.teaser((chance(0.6) ? upper(more) : more) + (chance(0.7) ? "" : " ") + all);
        } else {
            b.teaser(chance(0.3) ? upper(more) : more);
        }
    }

    /** Story cards in one of several layouts, all cards of a list alike. */
    void cards(int k) {
        b.role("cards");
        int style = r.nextInt(7);
        String readTime = Site.pick(site.ui.get("meta.readtime"), r);
        boolean withSummary = chance(0.6);
        for (Parts.Article a : others(k)) {
            switch (style) {
                case 0 -> {
                    if (chance(0.5)) {
                        b.meta(site.upperKickers ? upper(a.section()) : a.section());
                    }
                    b.teaser(a.headline());
                    if (withSummary) {
                        b.teaser(a.teaser());
                    }
                }
                case 1 -> {
                    b.teaser(a.headline());
                    b.meta(dateTime());
                }
                case 2 -> {
                    if (chance(0.3)) {
                        b.meta(ui("meta.premium"));
                    }
                    b.teaser(a.headline());
                    if (withSummary) {
                        b.teaser(a.teaser());
                    }
                    b.meta(fill(readTime));
                }
                case 3 -> {
                    String pub = pub();
                    b.teaser(a.headline());
                    b.meta(pub);
                    gap();
                    b.teaser(a.headline());
                    gap();
                    b.teaser(a.teaser());
                    gap();
                    b.meta(fill(readTime) + (chance(0.5) ? site.separator.stripTrailing() : ""));
                    b.meta(date());
                }
                case 4 -> b.teaser(a.headline() + (chance(0.5) ? " – " : ": ") + a.teaser());
                case 5 -> {
                    b.teaser(a.headline());
                    b.meta(name() + site.separator + date());
                }
                default -> {
                    b.teaser(a.headline());
                    if (withSummary) {
                        b.teaser(a.teaser());
                    }
                }
            }
            gap();
        }
    }

    void related(int k) {
        moreHeader();
        b.role("cards");
        gap();
        cards(k);
        if (chance(0.4)) {
            b.role("seeall");
            b.teaser(ui("teaser.seeall"));
        }
    }

    // ---------------------------------------------------------------- boxes

    /**
     * Places the site's consent box with probability {@code p}: at the top now, or (about a
     * third of the time) at the end of the page, which the caller then renders.
     *
     * @return true when the box belongs at the end
     */
    boolean consent(double p) {
        if (!chance(p)) {
            return false;
        }
        if (chance(0.33)) {
            return true;
        }
        cookieBox();
        return false;
    }

    void cookieBox() {
        b.role("cookie");
        List<String> lines = site.cookieBox;
        int k = Math.max(3, lines.size() - r.nextInt(3));
        for (String s : lines.subList(0, Math.min(k, lines.size()))) {
            b.paywall(fill(s));
        }
        gap();
    }

    void newsletterBox(boolean inline) {
        b.role("newsletter");
        List<String> lines = site.newsletterBox;
        int k = inline ? Math.min(3, lines.size()) : lines.size();
        for (String s : lines.subList(0, k)) {
            b.paywall(fill(s));
        }
    }

    void paywallBox() {
        b.role("paywall");
        if (chance(0.4)) {
            b.paywall(ui("paywall.locked"));
        }
        b.paywall(ui("paywall.locked"));
        if (chance(0.7)) {
            b.paywall(ui("paywall.prompt"));
        }
        if (chance(0.6)) {
            for (String s : uis("paywall.benefits", between(2, 5))) {
                b.paywall(s);
            }
        }
        if (chance(0.5)) {
            b.paywall(ui("paywall.trial"));
        }
        for (String s : uis("paywall.button", between(1, 3))) {
            b.paywall(s);
        }
        if (chance(0.7)) {
            b.paywall(ui("paywall.login"));
        }
    }

    void meteredBox() {
        b.role("metered");
        b.paywall(ui("paywall.metered"));
        if (chance(0.6)) {
            b.paywall(ui("paywall.prompt"));
        }
        b.paywall(ui("paywall.button"));
        if (chance(0.5)) {
            b.paywall(ui("paywall.login"));
        }
    }

    void comments() {
        b.role("comments");
        b.meta(ui("meta.comments"));
        if (chance(0.6)) {
            b.paywall(ui("paywall.login"));
        }
    }

    /**
     * Reader comments: each a commenter (metadata), a time (metadata) and the comment, which is
     * other content, not the story: teaser.
     */
    void userComments(int k) {
        List<String> bank = parts.comments.get(article != null ? article.lang() : site.contentLang);
        if (bank == null || bank.isEmpty()) {
            return;
        }
        b.role("usercomments");
        for (String text : Site.sample(bank, k, r)) {
            b.meta(chance(0.4) ? name() : Site.pick(content.get("names.first"), r).toLowerCase(site.locale) + between(1, 99));
            if (chance(0.8)) {
                b.meta(chance(0.5) ? dateTime() : time());
            }
            for (String paragraph : commentParagraphs(text)) {
                b.teaser(paragraph);
            }
        }
    }

    /**
     * A long comment on an HTML page is often written in several paragraphs, each its own
     * {@code p} in the comment's element, as on real sites; elsewhere it stays one line.
     */
    private List<String> commentParagraphs(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+(?=[\\p{Lu}@\"“«])");
        if (!html || text.length() < 140 || sentences.length < 2 || !chance(0.6)) {
            return List.of(text);
        }
        int parts = Math.min(sentences.length, between(2, 3));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            int from = k * sentences.length / parts;
            int to = (k + 1) * sentences.length / parts;
            out.add(String.join(" ", java.util.Arrays.asList(sentences).subList(from, to)));
        }
        return out;
    }

    /** A sidebar of most-read stories, sometimes with an ad slot: common between a story's parts on real sites. */
    void sidebar() {
        b.role("aside");
        b.teaser(ui("teaser.more"));
        for (Parts.Article a : others(between(3, 7))) {
            b.teaser(a.headline());
        }
        if (chance(0.4)) {
            b.meta(ui("meta.ad"));
        }
    }

    void footer() {
        b.role("footer");
        gap();
        if (html) {
            List<String> links = new ArrayList<>(site.footer);
            links.addAll(Site.sample(site.ui.get("teaser.footer"), between(2, 10), r));
            links.addAll(Site.sample(site.ui.get("teaser.nav"), between(0, 6), r));
            for (String f : links) {
                b.teaser(f);
            }
        }
        if (chance(0.2)) {
            b.role("adblock");
            b.paywall(ui("paywall.adblock"));
        }
        if (chance(0.25)) {
            newsletterBox(false);
        }
        b.role("footer");
        int k = site.footer.size();
        if (chance(0.2)) {
            b.teaser(String.join(site.separator, site.footer));
        } else {
            for (String f : site.footer.subList(0, k)) {
                b.teaser(f);
            }
        }
        b.role("copyright");
        for (String c : uis("meta.copyright", between(1, 3))) {
            b.meta(c);
        }
    }
}
