package dev.linesift.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The site families: page layouts composed from {@link Render} blocks. Each family varies its
 * own layout from site to site and page to page; none shares a fixed template with another.
 */
final class Families {
    private Families() {
    }

    static final Map<String, Consumer<Render>> ALL = Map.ofEntries(
            Map.entry("magazine-aggregator", Families::magazineAggregator),
            Map.entry("epaper-reader", Families::epaperReader),
            Map.entry("national-news", Families::nationalNews),
            Map.entry("regional-news", Families::regionalNews),
            Map.entry("metered-paywall", Families::meteredPaywall),
            Map.entry("hard-paywall", Families::hardPaywall),
            Map.entry("blog", Families::blog),
            Map.entry("live-blog", Families::liveBlog),
            Map.entry("opinion", Families::opinion),
            Map.entry("long-feature", Families::longFeature),
            Map.entry("brief-with-teasers", Families::briefWithTeasers),
            Map.entry("two-stories", Families::twoStories),
            Map.entry("front-page", Families::frontPage),
            Map.entry("pdf-edition", Families::pdfEdition),
            Map.entry("news-app", Families::newsApp),
            Map.entry("wet-crawl", Families::wetCrawl),
            Map.entry("lifestyle-magazine", Families::lifestyleMagazine),
            Map.entry("wire-service", Families::wireService));

    /** An aggregator of magazines and newspapers: foreign content under a local interface. */
    static void magazineAggregator(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.3);
        String pub = x.pub();
        if (x.chance(0.3)) {
            x.header();
        }
        x.headline();
        b.role("byline");
        int metaStyle = x.r.nextInt(3);
        if (metaStyle == 0) {
            b.meta(pub + (x.chance(0.5) ? "|" : x.site.separator) + x.date());
        } else if (metaStyle == 1) {
            b.meta(pub);
            b.meta(x.date());
        } else {
            b.meta(x.date());
        }
        x.standfirst();
        b.role("byline");
        if (x.chance(0.7)) {
            b.meta(x.name());
        }
        if (x.chance(0.6)) {
            x.headline();
        }
        x.gap();
        int cut = x.chance(0.6) ? x.between(2, 7) : 99;
        x.body(cut, false);
        b.role("paywall");
        String edition = x.ui("paywall.edition");
        String trial = x.ui("paywall.trial");
        int repeats = x.between(1, 2);
        for (int i = 0; i < repeats; i++) {
            b.paywall(edition);
            x.gap();
            b.paywall(trial);
            x.gap();
        }
        if (x.chance(0.3)) {
            b.paywall(x.ui("paywall.button"));
        }
        x.moreHeader();
        int k = x.between(3, 8);
        String readTime = Site.pick(x.site.ui.get("meta.readtime"), x.r);
        boolean repeatHeadline = x.chance(0.7);
        b.role("cards");
        for (Parts.Article a : x.others(k)) {
            b.teaser(a.headline());
            b.meta(pub);
            x.gap();
            if (repeatHeadline) {
                b.teaser(a.headline());
                x.gap();
            }
            b.teaser(a.teaser());
            x.gap();
            if (x.chance(0.5)) {
                b.meta(x.upper(a.section()));
            }
            b.meta(x.fill(readTime) + (x.chance(0.6) ? " " + x.site.separator.strip() : ""));
            b.meta(x.date());
        }
        if (x.chance(0.4)) {
            x.footer();
        }
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** An e-paper reader: pages of a printed edition behind a reader interface. */
    static void epaperReader(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.4);
        b.role("header");
        b.teaser(x.ui("teaser.ui"));
        String pub = x.pub();
        b.meta(pub);
        b.meta(x.date());
        b.meta(x.ui("meta.misc"));
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.login"));
        }
        for (String s : x.uis("teaser.seeall", x.between(1, 3))) {
            b.teaser(s);
        }
        x.gap();
        x.kicker();
        x.headline();
        x.standfirst();
        x.byline();
        x.gap();
        boolean locked = x.chance(0.4);
        if (!x.html && x.chance(0.5)) {
            // Many readers hand out the page's text as the PDF layer has it: short wrapped lines.
            int width = x.between(38, 75);
            int paragraphs = 0;
            int max = locked ? x.between(1, 4) : 99;
            for (Parts.Body line : x.article.body()) {
                if (line.tag().equals("P") && ++paragraphs > max) {
                    break;
                }
                for (String l : wrap(line.text(), width, x)) {
                    b.article(l);
                }
            }
        } else {
            x.body(locked ? x.between(1, 4) : 99, false);
        }
        if (locked) {
            b.role("paywall");
            b.paywall(x.ui("paywall.edition"));
            x.paywallBox();
        }
        x.gap();
        b.role("more");
        b.teaser(x.ui("teaser.more"));
        b.role("cards");
        for (Parts.Article a : x.others(x.between(3, 7))) {
            b.meta(x.ui("meta.misc"));
            b.teaser(a.headline());
        }
        b.role("share");
        if (x.chance(0.5)) {
            for (String s : x.uis("meta.share", 2)) {
                b.meta(s);
            }
        }
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A national news site: menu, kicker, headline, byline, body with links, related, footer. */
    static void nationalNews(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.75);
        x.header();
        if (x.chance(0.5)) {
            x.breadcrumb();
        }
        x.kicker();
        x.headline();
        x.standfirst();
        x.leadImage();
        x.byline();
        if (x.chance(0.5)) {
            x.share();
        }
        if (x.html && x.chance(0.4)) {
            x.sidebar();
        }
        x.gap();
        x.body(99, true);
        if (x.chance(0.4)) {
            x.tags();
        }
        if (x.chance(0.4)) {
            x.share();
        }
        if (x.chance(0.3)) {
            x.comments();
            if (x.html && x.chance(0.6)) {
                x.userComments(x.between(2, 8));
            }
        }
        x.gap();
        if (x.chance(0.5)) {
            x.newsletterBox(false);
        }
        x.related(x.between(3, 6));
        if (x.chance(0.25)) {
            x.related(x.between(3, 5));
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A regional paper: local menu, subscriber badges, ads and tips lines. */
    static void regionalNews(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.6);
        x.brandLine();
        b.role("nav");
        for (String p : Site.sample(x.content.get("places"), x.between(3, 7), x.r)) {
            b.teaser(p);
        }
        x.nav();
        b.role("header");
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.button"));
        }
        if (x.chance(0.5)) {
            x.adLabel();
        }
        x.gap();
        boolean plus = x.chance(0.5);
        b.role("kicker");
        if (plus) {
            b.meta(x.ui("meta.premium"));
        }
        x.kicker();
        x.headline();
        x.standfirst();
        x.leadImage();
        x.byline();
        if (x.html && x.chance(0.4)) {
            x.sidebar();
        }
        x.gap();
        if (plus) {
            x.body(x.between(1, 3), false);
            x.paywallBox();
        } else {
            x.body(99, true);
        }
        x.gap();
        b.role("byline");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.note"));
        }
        // Comment threads are common on real news sites; text pages stay as they were.
        if (x.html && x.chance(0.35)) {
            x.comments();
            x.userComments(x.between(2, 8));
        }
        x.related(x.between(4, 9));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A metered paywall: the article is shown, with a counter and offers around it. */
    static void meteredPaywall(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.5);
        if (x.chance(0.5)) {
            x.meteredBox();
        }
        x.header();
        x.headline();
        x.standfirst();
        x.byline();
        x.leadImage();
        x.gap();
        int paragraphs = x.article.paragraphs().size();
        int mid = Math.max(2, paragraphs / 2);
        x.body(mid, true);
        if (x.chance(0.6)) {
            x.meteredBox();
            x.gap();
        }
        List<Parts.Body> rest = x.article.body();
        int seen = 0;
        for (Parts.Body line : rest) {
            if (line.tag().equals("P")) {
                seen++;
            }
            if (seen > mid) {
                b.role("body");
                if (line.tag().equals("CAP")) {
                    x.caption(line.text());
                } else {
                    b.article(line.text());
                }
                x.gap();
            }
        }
        if (x.chance(0.6)) {
            x.newsletterBox(false);
        }
        x.share();
        if (x.html && x.chance(0.35)) {
            x.comments();
            x.userComments(x.between(2, 8));
        }
        x.related(x.between(3, 6));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A hard paywall: a preview of the story, cut off by a subscription box. */
    static void hardPaywall(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.45);
        x.header();
        x.kicker();
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.premium"));
        }
        x.headline();
        x.standfirst();
        x.byline();
        x.gap();
        x.body(x.between(0, 3), false);
        x.gap();
        x.paywallBox();
        x.gap();
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.prompt"));
        }
        x.related(x.between(3, 8));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A blog with a consent banner, a newsletter box, a sidebar and comments. */
    static void blog(Render x) {
        var b = x.b;
        x.cookieBox();
        x.brandLine();
        b.role("bio");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.bio"));
        }
        x.nav();
        x.headline();
        b.role("byline");
        if (x.chance(0.5)) {
            b.meta(x.date());
            b.meta(x.name());
        } else {
            b.meta(x.ui("meta.byline") + x.site.separator + x.date());
        }
        if (x.chance(0.3)) {
            b.meta(x.ui("meta.note"));
        }
        x.gap();
        x.standfirst();
        x.body(99, false);
        x.gap();
        if (x.chance(0.5)) {
            x.tags();
        }
        x.share();
        x.newsletterBox(false);
        x.gap();
        b.role("paywall");
        if (x.chance(0.4)) {
            for (String s : x.uis("paywall.donate", x.between(1, 3))) {
                b.paywall(s);
            }
        }
        x.comments();
        if (x.chance(0.6)) {
            x.userComments(x.between(2, 9));
        }
        b.role("bio");
        if (x.chance(0.6)) {
            b.meta(x.ui("meta.bio"));
        }
        x.gap();
        b.role("more");
        b.teaser(x.ui("teaser.more"));
        b.role("cards");
        for (Parts.Article a : x.others(x.between(3, 7))) {
            b.teaser(a.headline());
            if (x.chance(0.4)) {
                b.meta(x.date());
            }
        }
        x.footer();
    }

    /** A live blog: timestamped entries, newest first, with a summary on top. */
    static void liveBlog(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.5);
        x.header();
        b.role("kicker");
        b.meta(Site.pick(List.of("LIVE", "Live", "● LIVE", "DIREKTE", "Live ●"), x.r));
        x.headline();
        x.standfirst();
        x.byline();
        x.gap();
        List<Parts.Body> lines = x.article.body();
        List<List<Parts.Body>> entries = new ArrayList<>();
        List<Parts.Body> current = new ArrayList<>();
        for (Parts.Body l : lines) {
            current.add(l);
            if (l.tag().equals("P") && (current.size() >= 2 || x.chance(0.5))) {
                entries.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            entries.add(current);
        }
        int timeStyle = x.r.nextInt(3);
        for (List<Parts.Body> e : entries) {
            b.role("livetime");
            if (timeStyle == 0) {
                b.meta(x.time());
            } else if (timeStyle == 1) {
                b.meta(x.time() + (x.chance(0.5) ? "" : x.site.separator + x.name()));
            } else {
                b.meta(x.dateTime());
            }
            b.role("body");
            for (Parts.Body l : e) {
                b.article(l.text());
            }
            if (x.chance(0.2)) {
                x.share();
            }
            x.gap();
        }
        b.role("seeall");
        if (x.chance(0.6)) {
            b.teaser(x.ui("teaser.seeall"));
        }
        x.related(x.between(3, 6));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** An opinion page: label, author and bio, a note that it is opinion, the piece. */
    static void opinion(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.5);
        x.header();
        b.role("kicker");
        String section = x.ui("meta.section");
        b.meta(x.site.upperKickers ? x.upper(section) : section);
        x.headline();
        b.role("byline");
        String author = x.name();
        if (x.chance(0.6)) {
            b.meta(author);
            b.meta(x.ui("meta.bio"));
        } else {
            b.meta(x.ui("meta.byline"));
        }
        b.meta(x.ui("meta.note"));
        b.meta(x.date());
        if (x.html && x.chance(0.4)) {
            x.sidebar();
        }
        x.gap();
        x.standfirst();
        x.body(99, false);
        b.role("bio");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.bio"));
        }
        x.comments();
        if (x.chance(0.5)) {
            x.userComments(x.between(2, 8));
        }
        x.gap();
        x.related(x.between(3, 7));
        if (x.chance(0.5)) {
            x.newsletterBox(false);
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A long feature with subheadings, lists, fact boxes, captions and pull quotes. */
    static void longFeature(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.6);
        x.header();
        x.kicker();
        x.headline();
        x.standfirst();
        x.leadImage();
        b.role("byline");
        b.meta(x.ui("meta.byline"));
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.credit"));
        }
        b.meta(x.ui("meta.readtime"));
        b.meta(x.dateTime());
        if (x.html && x.chance(0.4)) {
            x.sidebar();
        }
        x.gap();
        x.body(99, true);
        x.gap();
        b.role("bio");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.bio"));
        }
        if (x.chance(0.5)) {
            x.tags();
        }
        x.share();
        if (x.html && x.chance(0.35)) {
            x.comments();
            x.userComments(x.between(2, 8));
        }
        x.related(x.between(3, 6));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A short brief drowned in lists of other stories. */
    static void briefWithTeasers(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.5);
        x.header();
        x.related(x.between(2, 5));
        x.gap();
        x.kicker();
        x.headline();
        if (x.chance(0.4)) {
            x.standfirst();
        }
        x.byline();
        int paragraphs = x.between(2, 4);
        x.body(paragraphs, false);
        x.gap();
        b.role("byline");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.misc"));
        }
        int blocks = x.between(1, 3);
        for (int i = 0; i < blocks; i++) {
            x.related(x.between(3, 6));
            x.gap();
            if (x.chance(0.3)) {
                x.adLabel();
            }
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** An article with the next story appended below it, as endless-scroll pages are scraped. */
    static void twoStories(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.5);
        x.header();
        x.kicker();
        x.headline();
        x.standfirst();
        x.byline();
        x.gap();
        x.body(99, true);
        x.share();
        x.gap();
        b.role("seeall");
        if (x.chance(0.6)) {
            b.teaser(x.ui("teaser.seeall"));
        }
        b.role("appended");
        Parts.Article next = x.other();
        if (x.chance(0.5)) {
            b.meta(x.site.upperKickers ? x.upper(next.section()) : next.section());
        }
        // The appended story belongs to another article: its text is teaser, its byline metadata.
        b.teaser(next.headline());
        b.teaser(next.standfirst());
        b.meta(x.ui("meta.byline"));
        b.meta(x.dateTime());
        x.gap();
        int k = x.between(2, 6);
        for (String p : next.paragraphs().subList(0, Math.min(k, next.paragraphs().size()))) {
            b.teaser(p);
            x.gap();
        }
        b.role("seeall");
        b.teaser(x.ui("teaser.seeall"));
        x.related(x.between(2, 5));
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** A front or section page: nothing but cards, menus, ads and boxes; no article. */
    static void frontPage(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.7);
        x.header();
        int blocks = x.between(2, 4);
        for (int i = 0; i < blocks; i++) {
            b.role("more");
            if (x.chance(0.6)) {
                String s = Site.pick(x.site.nav, x.r);
                b.teaser(x.site.upperKickers ? x.upper(s) : s);
            }
            x.cards(x.between(3, 7));
            if (x.chance(0.3)) {
                x.adLabel();
            }
            if (x.chance(0.2)) {
                x.newsletterBox(true);
            }
            x.gap();
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** Text as it comes out of a PDF edition: running heads, hyphenated short lines, other stories. */
    static void pdfEdition(Render x) {
        var b = x.b;
        int width = x.between(34, 70);
        String pub = x.pub();
        int page = x.between(2, 40);
        runningHead(x, pub, page);
        x.kicker();
        for (String l : wrap(x.article.headline(), width + 10, x)) {
            b.article(l);
        }
        for (String l : wrap(x.article.standfirst(), width, x)) {
            b.article(l);
        }
        b.meta(x.ui("meta.byline"));
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.credit"));
        }
        int lines = 0;
        for (Parts.Body line : x.article.body()) {
            for (String l : wrap(line.text(), width, x)) {
                b.article(l);
                lines++;
            }
            if (x.chance(0.15)) {
                b.blank();
            }
            if (lines > 45 && x.chance(0.2)) {
                b.meta(Integer.toString(page));
                page++;
                runningHead(x, pub, page);
                lines = 0;
            }
        }
        if (x.chance(0.4)) {
            b.teaser(x.ui("teaser.seeall") + " " + x.between(2, 40));
        }
        if (x.chance(0.6)) {
            Parts.Article other = x.other();
            for (String l : wrap(other.headline(), width + 10, x)) {
                b.teaser(l);
            }
            List<String> ps = other.paragraphs();
            for (String p : ps.subList(0, Math.min(2, ps.size()))) {
                for (String l : wrap(p, width, x)) {
                    b.teaser(l);
                }
            }
        }
        if (x.chance(0.4)) {
            b.meta(x.ui("meta.ad"));
        }
        b.meta(Integer.toString(page));
    }

    private static void runningHead(Render x, String pub, int page) {
        switch (x.r.nextInt(3)) {
            case 0 -> x.b.meta(page + " " + x.upper(pub) + " " + x.date());
            case 1 -> x.b.meta(x.date() + x.site.separator + pub + x.site.separator + page);
            default -> {
                x.b.meta(x.upper(pub));
                x.b.meta(x.date());
            }
        }
    }

    /** Breaks text into lines of about {@code width} characters, sometimes hyphenating. */
    static List<String> wrap(String text, int width, Render x) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                if (word.length() > 7 && x.chance(0.35)) {
                    int cut = 3 + x.r.nextInt(word.length() - 5);
                    line.append(' ').append(word, 0, cut).append('-');
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word.substring(cut));
                    continue;
                }
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** A news app or aggregator showing a story from another outlet, with its own interface around it. */
    static void newsApp(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.6);
        b.role("header");
        b.teaser(x.ui("teaser.ui"));
        x.brandLine();
        b.role("byline");
        String source = x.content.get("brands").get(x.r.nextInt(x.content.get("brands").size()));
        b.meta(source);
        b.meta(x.dateTime());
        x.headline();
        x.standfirst();
        b.role("byline");
        if (x.chance(0.5)) {
            b.meta(x.name());
        }
        x.gap();
        x.body(x.chance(0.5) ? x.between(2, 5) : 99, false);
        b.role("seeall");
        b.teaser(x.ui("teaser.seeall") + (x.chance(0.5) ? " " + source : ""));
        x.share();
        x.gap();
        b.role("more");
        b.teaser(x.ui("teaser.more"));
        b.role("cards");
        for (Parts.Article a : x.others(x.between(3, 8))) {
            b.teaser(a.headline());
            b.meta(x.content.get("brands").get(x.r.nextInt(x.content.get("brands").size())) + x.site.separator + x.between(1, 23) + " t");
        }
        b.role("paywall");
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.prompt"));
            b.paywall(x.ui("paywall.button"));
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }

    /** Text as a web crawl flattens it: menus and boxes run together into long lines. */
    static void wetCrawl(Render x) {
        var b = x.b;
        if (x.chance(0.6)) {
            b.paywall(String.join(" ", x.site.cookieBox));
        }
        b.teaser(x.site.brand + " " + String.join(" ", x.site.nav));
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.button") + " " + x.ui("paywall.login"));
        }
        x.headline();
        b.meta(x.ui("meta.byline") + " " + x.dateTime() + (x.chance(0.5) ? " " + x.ui("meta.readtime") : ""));
        x.standfirst();
        x.body(99, false);
        if (x.chance(0.6)) {
            b.meta(String.join(" ", x.uis("meta.share", x.between(2, 5))));
        }
        if (x.chance(0.5)) {
            b.paywall(String.join(" ", x.site.newsletterBox));
        }
        List<String> cards = new ArrayList<>();
        cards.add(x.ui("teaser.more"));
        for (Parts.Article a : x.others(x.between(3, 6))) {
            cards.add(a.headline());
        }
        if (x.chance(0.5)) {
            b.teaser(String.join(" ", cards));
        } else {
            for (String c : cards) {
                b.teaser(c);
            }
        }
        b.teaser(String.join(" ", x.site.footer));
        b.meta(x.ui("meta.copyright"));
    }

    /** A lifestyle magazine: affiliate notes, shopping lists, newsletter and consent boxes. */
    static void lifestyleMagazine(Render x) {
        var b = x.b;
        x.cookieBox();
        x.header();
        x.kicker();
        x.headline();
        x.standfirst();
        b.role("byline");
        if (x.chance(0.6)) {
            b.meta(x.ui("meta.note"));
        }
        x.byline();
        x.leadImage();
        x.gap();
        x.body(99, true);
        b.role("ad");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.ad"));
            b.teaser(x.other().headline());
        }
        x.newsletterBox(false);
        if (x.chance(0.35)) {
            x.comments();
            x.userComments(x.between(2, 6));
        }
        x.gap();
        x.related(x.between(4, 8));
        b.role("adblock");
        if (x.chance(0.5)) {
            b.paywall(x.ui("paywall.adblock"));
        }
        x.footer();
    }

    /** A news agency's wire page: slug lines, priority tags, short dense copy. */
    static void wireService(Render x) {
        var b = x.b;
        boolean consentAtEnd = x.consent(0.35);
        x.brandLine();
        b.role("header");
        if (x.chance(0.6)) {
            b.paywall(x.ui("paywall.login"));
        }
        x.nav();
        b.role("byline");
        b.meta(x.ui("meta.misc"));
        b.meta(x.dateTime());
        x.headline();
        if (x.chance(0.6)) {
            x.standfirst();
        }
        b.role("byline");
        b.meta(Site.pick(x.content.get("agencies"), x.r) + x.site.separator + x.name());
        x.gap();
        x.body(99, false);
        if (x.chance(0.5)) {
            x.tags();
        }
        b.role("copyright");
        if (x.chance(0.5)) {
            b.meta(x.ui("meta.copyright"));
        }
        b.role("more");
        b.teaser(x.ui("teaser.more"));
        b.role("cards");
        for (Parts.Article a : x.others(x.between(4, 9))) {
            b.meta(x.time());
            b.teaser(a.headline());
        }
        x.footer();
        if (consentAtEnd) {
            x.cookieBox();
        }
    }
}
