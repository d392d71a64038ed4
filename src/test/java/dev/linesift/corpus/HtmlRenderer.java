package dev.linesift.corpus;

import dev.linesift.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Renders a generated page as HTML: each run of lines with the same role becomes a container
 * (header, nav, article parts, cards, consent dialog, footer, ...) and each line one block
 * inside it. Class names follow one of several naming styles per site, so that the model
 * learns the cues markup gives, not one site's vocabulary. Scripts, styles, hidden elements
 * and icons are sprinkled in; none of them may become a line.
 */
final class HtmlRenderer {
    /** Roles that belong inside the main article element. */
    private static final Set<String> ARTICLE_ROLES = Set.of("kicker", "headline", "standfirst", "byline", "caption",
            "credit", "body", "sub", "list", "fact", "quote", "readalso", "share", "tags", "livetime", "bio", "ad");

    private final Random r;
    private final int classStyle;
    private final boolean linkedSummaries;
    private final boolean navAsList;
    private final String headlineTag;
    private final String cardTag;
    /** How often a body paragraph carries inline links, and whether the body has its own container. */
    private final double inlineLinks;
    private final boolean bodyContainer;
    private static final Set<String> BODY_ROLES = Set.of("body", "sub", "list", "fact", "quote");
    /**
     * How much semantic markup the site uses: 0 main and article elements, 1 an article element
     * only, 2 none (div soup, as many real templates are). Real sites also wrap each story card
     * or comment in an article or li element, and often keep related stories and comments inside
     * main: without that variety the model would learn that article and main mean the story.
     */
    private final int semantic;
    private final String cardElement;
    private final String commentElement;
    private final boolean mainToEnd;

    HtmlRenderer(Random r) {
        this.r = r;
        this.classStyle = r.nextInt(4);
        this.linkedSummaries = r.nextBoolean();
        this.navAsList = r.nextInt(3) > 0;
        this.headlineTag = r.nextInt(4) == 0 ? "h2" : "h1";
        this.cardTag = List.of("h3", "h2", "h4", "div").get(r.nextInt(4));
        this.inlineLinks = r.nextDouble() * 0.6;
        this.bodyContainer = r.nextInt(3) > 0;
        this.semantic = r.nextInt(3);
        this.cardElement = List.of("div", "article", "li").get(r.nextInt(3));
        this.commentElement = List.of("div", "article", "li").get(r.nextInt(3));
        this.mainToEnd = r.nextBoolean();
    }

    String render(List<PageBuilder.Entry> entries, String lang, String title) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n");
        h.append("<style>.").append(cls("hidden")).append("{display:none} body{font-family:serif}</style>\n");
        h.append("<script>window.dataLayer=window.dataLayer||[];var cfg={\"section\":\"news\",\"id\":")
                .append(r.nextInt(1_000_000)).append("};</script>\n</head>\n<body class=\"").append(cls("page")).append("\">\n");
        h.append("<a class=\"").append(cls("skip")).append("\" href=\"#main\" hidden>Skip</a>\n");
        List<List<PageBuilder.Entry>> runs = runs(entries);
        int firstArticle = -1;
        int lastArticle = -1;
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < runs.size(); i++) {
            String role = runs.get(i).get(0).role();
            if (ARTICLE_ROLES.contains(role)) {
                if (firstArticle < 0) {
                    firstArticle = i;
                }
                lastArticle = i;
            }
            if (BODY_ROLES.contains(role) && (firstArticle >= 0 || firstBody < 0)) {
                if (firstBody < 0) {
                    firstBody = i;
                }
                lastBody = i;
            }
        }
        if (lastBody > lastArticle || firstBody < firstArticle) {
            firstBody = -1;
            lastBody = -1;
        }
        int lastInMain = lastArticle;
        if (mainToEnd && semantic == 0 && lastArticle >= 0) {
            for (int i = lastArticle + 1; i < runs.size(); i++) {
                String role = runs.get(i).get(0).role();
                if (role.equals("footer") || role.equals("copyright") || role.equals("cookie")) {
                    break;
                }
                lastInMain = i;
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            if (i == firstArticle) {
                h.append(switch (semantic) {
                    case 0 -> "<main id=\"main\"><article class=\"" + cls("article") + "\">\n";
                    case 1 -> "<div id=\"main\"><article class=\"" + cls("article") + "\">\n";
                    default -> "<div id=\"main\"><div class=\"" + cls("article") + "\">\n";
                });
            }
            if (i == firstBody && bodyContainer) {
                h.append("<div class=\"").append(cls("article-body")).append("\">\n");
            }
            container(h, runs.get(i));
            if (r.nextInt(12) == 0) {
                junk(h);
            }
            if (i == lastBody && bodyContainer) {
                h.append("</div>\n");
            }
            if (i == lastArticle) {
                h.append(semantic == 2 ? "</div>" : "</article>").append(lastInMain == lastArticle ? (semantic == 0 ? "</main>" : "</div>") : "")
                        .append('\n');
            }
            if (i == lastInMain && lastInMain != lastArticle) {
                h.append("</main>\n");
            }
        }
        h.append("<script src=\"/static/app.js\"></script>\n<noscript>Please enable JavaScript</noscript>\n</body>\n</html>\n");
        return h.toString();
    }

    private static List<List<PageBuilder.Entry>> runs(List<PageBuilder.Entry> entries) {
        List<List<PageBuilder.Entry>> runs = new ArrayList<>();
        List<PageBuilder.Entry> cur = null;
        for (PageBuilder.Entry e : entries) {
            if (e.label() == null) {
                continue;
            }
            if (cur == null || !cur.get(0).role().equals(e.role())) {
                cur = new ArrayList<>();
                runs.add(cur);
            }
            cur.add(e);
        }
        return runs;
    }

    private void container(StringBuilder h, List<PageBuilder.Entry> run) {
        String role = run.get(0).role();
        switch (role) {
            case "header" -> wrap(h, "header", "site-header", run, e -> e.label() == Label.PAYWALL
                    ? "<div><a class=\"" + cls("btn subscribe") + "\" href=\"/subscribe\">" + esc(e.text()) + "</a></div>"
                    : "<div><a href=\"/" + slug(e.text()) + "\">" + esc(e.text()) + "</a></div>");
            case "brand" -> wrap(h, "div", "logo", run, e -> "<div><a href=\"/\">" + esc(e.text()) + "</a></div>");
            case "nav" -> {
                if (navAsList) {
                    h.append("<nav class=\"").append(cls("main-nav")).append("\"><ul>");
                    for (PageBuilder.Entry e : run) {
                        h.append("<li><a href=\"/").append(slug(e.text())).append("\">").append(esc(e.text())).append("</a></li>");
                    }
                    h.append("</ul></nav>\n");
                } else {
                    wrap(h, "nav", "menu", run, e -> "<div><a href=\"/" + slug(e.text()) + "\">" + esc(e.text()) + "</a></div>");
                }
            }
            case "breadcrumb" -> wrap(h, "div", "breadcrumbs", run, e -> "<div><a href=\"/\">" + esc(e.text()) + "</a></div>");
            case "kicker" -> wrap(h, "div", "kicker", run, e -> "<div><a href=\"/section\">" + esc(e.text()) + "</a></div>");
            case "headline" -> run.forEach(e -> h.append('<').append(headlineTag).append(" class=\"").append(cls("headline"))
                    .append("\">").append(esc(e.text())).append("</").append(headlineTag).append(">\n"));
            case "standfirst" -> run.forEach(e -> h.append("<p class=\"").append(cls("lead")).append("\">").append(esc(e.text())).append("</p>\n"));
            case "byline", "livetime" -> wrap(h, "div", role.equals("byline") ? "byline" : "timeline", run,
                    e -> e.label() == Label.METADATA ? (r.nextBoolean() ? "<time>" + esc(e.text()) + "</time>" : "<div>" + esc(e.text()) + "</div>")
                            : "<p>" + esc(e.text()) + "</p>");
            case "caption" -> run.forEach(e -> h.append(e.label() == Label.ARTICLE
                    ? "<figure><img src=\"/img/" + r.nextInt(9999) + ".jpg\" alt=\"\"><figcaption>" + esc(e.text()) + "</figcaption></figure>\n"
                    : "<div class=\"" + cls("credit") + "\">" + esc(e.text()) + "</div>\n"));
            case "credit" -> wrap(h, "div", "credit", run, e -> "<div><small>" + esc(e.text()) + "</small></div>");
            case "body" -> run.forEach(e -> h.append("<p>").append(inline(e.text())).append("</p>\n"));
            case "sub" -> run.forEach(e -> h.append("<h2>").append(esc(e.text())).append("</h2>\n"));
            case "list" -> {
                h.append("<ul>");
                run.forEach(e -> h.append("<li>").append(inline(e.text())).append("</li>"));
                h.append("</ul>\n");
            }
            case "fact" -> wrap(h, "aside", "factbox", run, e -> "<div>" + esc(e.text()) + "</div>");
            case "quote" -> run.forEach(e -> h.append("<blockquote><p>").append(esc(e.text())).append("</p></blockquote>\n"));
            case "readalso" -> wrap(h, "div", "related-inline", run, e -> "<p><a href=\"/story/" + r.nextInt(99999) + "\">" + esc(e.text()) + "</a></p>");
            case "ad" -> wrap(h, "div", "ad-slot", run, e -> e.label() == Label.METADATA
                    ? "<div class=\"" + cls("ad-label") + "\">" + esc(e.text()) + "</div>"
                    : "<div><a href=\"https://ads.example/" + r.nextInt(999) + "\">" + esc(e.text()) + "</a></div>");
            case "share" -> wrap(h, "div", "share-tools", run, e -> "<button type=\"button\">" + esc(e.text()) + "</button>");
            case "tags" -> {
                h.append("<ul class=\"").append(cls("tags")).append("\">");
                run.forEach(e -> h.append("<li><a href=\"/tag/").append(slug(e.text())).append("\">").append(esc(e.text())).append("</a></li>"));
                h.append("</ul>\n");
            }
            case "comments" -> wrap(h, "section", "comments", run, e -> e.label() == Label.PAYWALL
                    ? "<div><a href=\"/login\">" + esc(e.text()) + "</a></div>" : "<h3>" + esc(e.text()) + "</h3>");
            case "usercomments" -> {
                boolean items = commentElement.equals("li");
                h.append("<section class=\"").append(cls("comment-list")).append("\">\n").append(items ? "<ol>" : "");
                boolean open = false;
                boolean afterText = false;
                for (PageBuilder.Entry e : run) {
                    boolean meta = e.label() == Label.METADATA;
                    if (meta && (!open || afterText)) {
                        h.append(open ? "</" + commentElement + ">\n" : "").append('<').append(commentElement)
                                .append(" class=\"").append(cls("comment")).append("\">");
                        open = true;
                        afterText = false;
                    }
                    if (meta) {
                        h.append("<div class=\"").append(cls("comment-meta")).append("\">").append(esc(e.text())).append("</div>");
                    } else {
                        h.append("<p>").append(inline(e.text())).append("</p>");
                        afterText = true;
                    }
                }
                if (open) {
                    h.append("</").append(commentElement).append(">\n");
                }
                h.append(items ? "</ol>" : "").append("</section>\n");
            }
            case "more" -> wrap(h, "div", "section-heading", run, e -> "<h2>" + esc(e.text()) + "</h2>");
            case "aside" -> {
                h.append("<aside class=\"").append(cls("sidebar")).append("\">");
                boolean first = true;
                boolean list = false;
                for (PageBuilder.Entry e : run) {
                    if (e.label() == Label.TEASER && first) {
                        h.append("<h3>").append(esc(e.text())).append("</h3>");
                    } else if (e.label() == Label.TEASER) {
                        if (!list) {
                            h.append("<ol>");
                            list = true;
                        }
                        h.append("<li><a href=\"/story/").append(r.nextInt(99999)).append("\">").append(esc(e.text())).append("</a></li>");
                    } else {
                        if (list) {
                            h.append("</ol>");
                            list = false;
                        }
                        h.append("<div class=\"").append(cls("ad-label")).append("\">").append(esc(e.text())).append("</div>");
                    }
                    first = false;
                }
                if (list) {
                    h.append("</ol>");
                }
                h.append("</aside>\n");
            }
            case "cards", "appended" -> cards(h, run, role);
            case "seeall" -> wrap(h, "div", "more-link", run, e -> "<div><a href=\"/more\">" + esc(e.text()) + "</a></div>");
            case "cookie" -> box(h, "div", "cookie-consent", run, "dialog");
            case "newsletter" -> box(h, "form", "newsletter-signup", run, null);
            case "paywall", "metered", "adblock" -> box(h, "div", role.equals("paywall") ? "paywall" : role.equals("metered") ? "meter" : "adblock-notice", run, null);
            case "footer" -> {
                h.append("<footer class=\"").append(cls("site-footer")).append("\"><ul>");
                for (PageBuilder.Entry e : run) {
                    if (e.label() == Label.TEASER) {
                        h.append("<li><a href=\"/").append(slug(e.text())).append("\">").append(esc(e.text())).append("</a></li>");
                    } else {
                        h.append("<li>").append(esc(e.text())).append("</li>");
                    }
                }
                h.append("</ul></footer>\n");
            }
            case "copyright" -> wrap(h, "div", "colophon", run, e -> "<p>" + esc(e.text()) + "</p>");
            case "bio" -> wrap(h, "div", "author-bio", run, e -> "<p>" + esc(e.text()) + "</p>");
            default -> run.forEach(e -> h.append("<div>").append(esc(e.text())).append("</div>\n"));
        }
    }

    private void cards(StringBuilder h, List<PageBuilder.Entry> run, String role) {
        boolean items = cardElement.equals("li");
        h.append("<section class=\"").append(cls(role.equals("appended") ? "next-article" : "teaser-list")).append("\">\n")
                .append(items ? "<ul>" : "");
        boolean open = false;
        for (PageBuilder.Entry e : run) {
            boolean headlineLike = e.label() == Label.TEASER && e.text().length() < 130 && !e.text().endsWith(".");
            if (headlineLike || !open) {
                if (open) {
                    h.append("</").append(cardElement).append(">\n");
                }
                h.append('<').append(cardElement).append(" class=\"").append(cls("card")).append("\">");
                open = true;
            }
            if (e.label() == Label.METADATA) {
                h.append("<div class=\"").append(cls("card-meta")).append("\">").append(esc(e.text())).append("</div>");
            } else if (headlineLike) {
                h.append('<').append(cardTag).append("><a href=\"/story/").append(r.nextInt(99999)).append("\">")
                        .append(esc(e.text())).append("</a></").append(cardTag).append('>');
            } else if (linkedSummaries) {
                h.append("<p><a href=\"/story/").append(r.nextInt(99999)).append("\">").append(esc(e.text())).append("</a></p>");
            } else {
                h.append("<p>").append(esc(e.text())).append("</p>");
            }
        }
        if (open) {
            h.append("</").append(cardElement).append(">\n");
        }
        h.append(items ? "</ul>" : "").append("</section>\n");
    }

    private void box(StringBuilder h, String tag, String name, List<PageBuilder.Entry> run, String ariaRole) {
        h.append('<').append(tag).append(" class=\"").append(cls(name)).append('"');
        if (ariaRole != null) {
            h.append(" role=\"").append(ariaRole).append('"');
        }
        h.append(">\n");
        boolean first = true;
        for (PageBuilder.Entry e : run) {
            String t = esc(e.text());
            if (first && e.text().length() < 90) {
                h.append("<h2>").append(t).append("</h2>");
            } else if (e.text().length() < 32) {
                h.append(r.nextBoolean() ? "<button type=\"button\">" + t + "</button>" : "<label><input type=\"checkbox\"> " + t + "</label>");
            } else {
                h.append("<p>").append(t).append("</p>");
            }
            first = false;
            h.append('\n');
        }
        h.append("</").append(tag).append(">\n");
    }

    private interface Element {
        String html(PageBuilder.Entry e);
    }

    private void wrap(StringBuilder h, String tag, String name, List<PageBuilder.Entry> run, Element element) {
        h.append('<').append(tag).append(" class=\"").append(cls(name)).append("\">");
        for (PageBuilder.Entry e : run) {
            h.append(element.html(e));
        }
        h.append("</").append(tag).append(">\n");
    }

    /**
     * Escapes a paragraph and, as real pages do, puts a few of its word runs in links or
     * emphasis. Tags go between words, so the text reads back unchanged.
     */
    private String inline(String text) {
        if (r.nextDouble() >= inlineLinks) {
            return esc(text);
        }
        String[] words = text.split(" ", -1);
        StringBuilder b = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < words.length) {
            if (words[i].isEmpty() || r.nextInt(9) != 0) {
                b.append(esc(words[i]));
                if (i + 1 < words.length) {
                    b.append(' ');
                }
                i++;
                continue;
            }
            int span = Math.min(words.length - i, 1 + r.nextInt(4));
            String tag = r.nextInt(3) == 0 ? (r.nextBoolean() ? "strong" : "em") : "a";
            b.append('<').append(tag).append(tag.equals("a") ? " href=\"/link/" + r.nextInt(9999) + "\"" : "").append('>');
            for (int k = 0; k < span; k++) {
                b.append(esc(words[i + k]));
                if (k + 1 < span) {
                    b.append(' ');
                }
            }
            b.append("</").append(tag).append('>');
            i += span;
            if (i < words.length) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** Markup that never becomes a line: scripts, templates, hidden elements, icons. */
    private void junk(StringBuilder h) {
        switch (r.nextInt(5)) {
            case 0 -> h.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\"}</script>\n");
            case 1 -> h.append("<div class=\"").append(cls("hidden")).append("\" hidden><p>Loading comments</p></div>\n");
            case 2 -> h.append("<svg viewBox=\"0 0 10 10\"><title>icon</title><path d=\"M0 0h10v10H0z\"/></svg>\n");
            case 3 -> h.append("<template><div class=\"card\">{{title}}</div></template>\n");
            default -> h.append("<div style=\"display: none\">tracking pixel</div><iframe src=\"/ad\"></iframe>\n");
        }
    }

    /** A class attribute value for a semantic name, in the site's naming style. */
    private String cls(String name) {
        return switch (classStyle) {
            case 0 -> name;
            case 1 -> "c-" + name.replace(' ', '-') + " c-" + name.replace(' ', '-') + "--" + (r.nextBoolean() ? "default" : "v2");
            case 2 -> "css-" + Integer.toString(Math.abs((name.hashCode() * 31 + 7) % 46656), 36) + " " + name.replace(' ', '_');
            default -> "sc-" + Integer.toString(Math.abs(name.hashCode() % 1_679_616), 36);
        };
    }

    private static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
