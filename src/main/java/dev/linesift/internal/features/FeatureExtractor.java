package dev.linesift.internal.features;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a page's content lines into hashed binary features for the line classifier. Features
 * describe shape, position, language relations, repetition, words and markup of a line and of
 * its neighbours; none of them names a phrase or a site. Immutable and thread-safe.
 */
public final class FeatureExtractor {
    /**
     * Version of the feature definitions. A model trained under another version would read
     * different buckets, so loading one fails. Bump on any change to what a feature means.
     */
    public static final int SCHEMA_VERSION = 4;

    private static final int[] OFFSETS = {-3, -2, -1, 1, 2, 3};
    private static final long BIAS = Hashing.namespace("bias");
    private static final long S_LEN = Hashing.namespace("s.len");
    private static final long S_TOK = Hashing.namespace("s.tok");
    private static final long S_LETR = Hashing.namespace("s.letr");
    private static final long S_DIG = Hashing.namespace("s.dig");
    private static final long S_CASE = Hashing.namespace("s.case");
    private static final long S_TITLE = Hashing.namespace("s.title");
    private static final long S_FIRST = Hashing.namespace("s.first");
    private static final long S_LAST = Hashing.namespace("s.last");
    private static final long S_FL = Hashing.namespace("s.fl");
    private static final long S_SENT = Hashing.namespace("s.sent");
    private static final long S_SEP = Hashing.namespace("s.sep");
    private static final long S_COM = Hashing.namespace("s.com");
    private static final long S_FLAG = Hashing.namespace("s.flag");
    private static final long S_NUM = Hashing.namespace("s.num");
    private static final long S_AVGW = Hashing.namespace("s.avgw");
    private static final long S_LEN_LAST = Hashing.namespace("s.len*last");
    private static final long S_TOK_CASE = Hashing.namespace("s.tok*case");
    private static final long P_REL = Hashing.namespace("p.rel");
    private static final long P_START = Hashing.namespace("p.start");
    private static final long P_END = Hashing.namespace("p.end");
    private static final long P_BLANK = Hashing.namespace("p.blank");
    private static final long P_SIZE = Hashing.namespace("p.size");
    private static final long L_REL = Hashing.namespace("l.rel");
    private static final long L_PREV = Hashing.namespace("l.prev");
    private static final long L_NEXT = Hashing.namespace("l.next");
    private static final long L_SHARE = Hashing.namespace("l.share");
    private static final long L_MIX = Hashing.namespace("l.mix");
    private static final long R_EXACT = Hashing.namespace("r.exact");
    private static final long R_NORM = Hashing.namespace("r.norm");
    private static final long R_FIRST = Hashing.namespace("r.first");
    private static final long R_OCC = Hashing.namespace("r.occ");
    private static final long R_DIST = Hashing.namespace("r.dist");
    private static final long R_PREFIX = Hashing.namespace("r.prefix");
    private static final long R_PERIOD = Hashing.namespace("r.period");
    private static final long X_W = Hashing.namespace("x.w");
    private static final long X_B = Hashing.namespace("x.b");
    private static final long X_F = Hashing.namespace("x.f");
    private static final long X_F2 = Hashing.namespace("x.f2");
    private static final long X_L = Hashing.namespace("x.l");
    private static final long X_C4 = Hashing.namespace("x.c4");
    private static final long X_WHOLE = Hashing.namespace("x.whole");
    private static final long H_MAX = Hashing.namespace("h.max");
    private static final long H_SHARE = Hashing.namespace("h.share");
    private static final long H_LEN = Hashing.namespace("h.max*len");
    private static final long M_NONE = Hashing.namespace("m.none");
    private static final long M_TAG = Hashing.namespace("m.tag");
    private static final long M_H = Hashing.namespace("m.h");
    private static final long M_LD = Hashing.namespace("m.ld");
    private static final long M_ENC = Hashing.namespace("m.enc");
    private static final long M_CLS = Hashing.namespace("m.cls");
    private static final long M_TAG_LD = Hashing.namespace("m.tag*ld");
    private static final long M_SIB = Hashing.namespace("m.siblings");
    private static final long M_FAMILY = Hashing.namespace("m.family");
    private static final long M_MASS = Hashing.namespace("m.mass");
    private static final long M_TEXT_HOME = Hashing.namespace("m.text-home");
    private static final long M_ANCESTOR = Hashing.namespace("m.ancestor");
    private static final long M_DENSEST = Hashing.namespace("m.densest");
    private static final long[] N_LEN = neighbourSpaces("len");
    private static final long[] N_TOK = neighbourSpaces("tok");
    private static final long[] N_LAST = neighbourSpaces("last");
    private static final long[] N_FIRST = neighbourSpaces("first");
    private static final long[] N_LREL = neighbourSpaces("lrel");
    private static final long[] N_LSAME = neighbourSpaces("lsame");
    private static final long[] N_REP = neighbourSpaces("rep");
    private static final long[] N_CASE = neighbourSpaces("case");
    private static final long[] N_MK = neighbourSpaces("mk");
    private static final long[] N_NONE = neighbourSpaces("none");
    private static final long[] N_WORD = neighbourSpaces("word");

    private final FeatureSettings settings;

    public FeatureExtractor(FeatureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public FeatureSettings settings() {
        return settings;
    }

    private static long[] neighbourSpaces(String name) {
        long[] spaces = new long[OFFSETS.length];
        for (int k = 0; k < OFFSETS.length; k++) {
            spaces[k] = Hashing.namespace("n" + OFFSETS[k] + "." + name);
        }
        return spaces;
    }

    public PageFeatures extract(ContentLines page) {
        int n = page.size();
        LineProfile[] profiles = new LineProfile[n];
        for (int i = 0; i < n; i++) {
            profiles[i] = LineProfile.of(page.texts().get(i), settings.analysedChars());
        }
        // Repetition structure of the page.
        Map<String, Integer> exactCount = new HashMap<>();
        Map<String, Integer> normIds = new HashMap<>();
        Map<String, Integer> prefixCount = new HashMap<>();
        int[] normGroup = new int[n];
        int[] normCount;
        String[] keys = new String[n];
        String[] prefixes = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = page.texts().get(i).strip();
            exactCount.merge(keys[i], 1, Integer::sum);
            normGroup[i] = normIds.computeIfAbsent(profiles[i].normalized, k -> normIds.size());
            List<String> t = profiles[i].tokens;
            prefixes[i] = t.isEmpty() ? "" : t.size() == 1 ? t.get(0) : t.get(0) + ' ' + t.get(1);
            prefixCount.merge(prefixes[i], 1, Integer::sum);
        }
        normCount = new int[normIds.size()];
        for (int g : normGroup) {
            normCount[g]++;
        }
        int[] prevSame = new int[n];
        int[] nextSame = new int[n];
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer p = last.put(keys[i], i);
            prevSame[i] = p == null ? -1 : p;
            nextSame[i] = -1;
            if (p != null) {
                nextSame[p] = i;
            }
        }
        // Letters per language, for how much of the page a line's language covers.
        Map<Language, Integer> letters = new HashMap<>();
        int totalLetters = 0;
        for (int i = 0; i < n; i++) {
            Language l = page.languages().get(i);
            if (l != Language.UNKNOWN) {
                letters.merge(l, profiles[i].letters, Integer::sum);
                totalLetters += profiles[i].letters;
            }
        }
        int dominantLetters = letters.getOrDefault(page.dominant(), 0);
        int mixBin = totalLetters == 0 ? 0 : bin((double) dominantLetters / totalLetters, 0.5, 0.7, 0.85, 0.95);

        RareWords rare = new RareWords(profiles);
        int[][] cohesion = settings.has(FeatureGroup.COHESION) ? cohesion(profiles, rare) : null;
        int[] signature = new int[n];
        for (int i = 0; i < n; i++) {
            LineProfile q = profiles[i];
            signature[i] = (lenBin(q.chars) * 16 + Math.min(q.tokenCount(), 15)) * 128 + q.lastClass % 128 + 100_000 * caseBin(q);
        }
        Map<Integer, Integer> parentCount = new HashMap<>();
        Map<Integer, Integer> grandCount = new HashMap<>();
        for (MarkupCues c : page.cues()) {
            if (c.present()) {
                parentCount.merge(c.parent(), 1, Integer::sum);
                grandCount.merge(c.grandparent(), 1, Integer::sum);
            }
        }
        int[] parentMass = containerMass(page, profiles, false);
        int[] grandMass = containerMass(page, profiles, true);
        int[] textHome = textHome(page, profiles);
        ContainerMass containers = settings.has(FeatureGroup.MARKUP) ? ContainerMass.of(page.cues(), profiles) : null;
        int[][] out = new int[n][];
        FeatureSink sink = new FeatureSink(settings.bits());
        String first = n == 0 ? "" : keys[0];
        for (int i = 0; i < n; i++) {
            sink.clear();
            sink.add(BIAS, 0);
            LineProfile p = profiles[i];
            if (settings.has(FeatureGroup.SHAPE)) {
                shape(sink, p);
            }
            if (settings.has(FeatureGroup.POSITION)) {
                sink.add(P_REL, n <= 1 ? 0 : (long) Math.floor(9.999 * i / (n - 1)));
                sink.add(P_START, indexBin(i));
                sink.add(P_END, indexBin(n - 1 - i));
                sink.add(P_BLANK, (page.blankBefore()[i] ? 1 : 0) + (page.blankAfter()[i] ? 2 : 0));
                sink.add(P_SIZE, indexBin(n));
            }
            if (settings.has(FeatureGroup.LANGUAGE)) {
                Language l = page.languages().get(i);
                int rel = relation(l, page.dominant());
                sink.add(L_REL, rel * 16L + lenBin(p.chars));
                sink.add(L_PREV, i == 0 ? 9 : sameLanguage(l, page.languages().get(i - 1)));
                sink.add(L_NEXT, i == n - 1 ? 9 : sameLanguage(l, page.languages().get(i + 1)));
                if (l != Language.UNKNOWN && totalLetters > 0) {
                    sink.add(L_SHARE, bin((double) letters.getOrDefault(l, 0) / totalLetters, 0.05, 0.2, 0.5, 0.8));
                } else {
                    sink.add(L_SHARE, 99);
                }
                sink.add(L_MIX, mixBin * 4L + rel);
            }
            if (settings.has(FeatureGroup.REPETITION)) {
                sink.add(R_EXACT, countBin(exactCount.get(keys[i])));
                sink.add(R_NORM, countBin(normCount[normGroup[i]]));
                sink.add(R_FIRST, i > 0 && keys[i].equals(first) ? 1 : 0);
                sink.add(R_OCC, (prevSame[i] >= 0 ? 1 : 0) + (nextSame[i] >= 0 ? 2 : 0));
                int dist = Integer.MAX_VALUE;
                if (prevSame[i] >= 0) {
                    dist = i - prevSame[i];
                }
                if (nextSame[i] >= 0) {
                    dist = Math.min(dist, nextSame[i] - i);
                }
                sink.add(R_DIST, dist == Integer.MAX_VALUE ? 0 : dist <= 1 ? 1 : dist <= 2 ? 2 : dist <= 5 ? 3 : dist <= 10 ? 4 : 5);
                sink.add(R_PREFIX, countBin(prefixCount.get(prefixes[i])));
                // Lists of cards repeat a shape every few lines: a line matching the line k away,
                // while the line next to it does not, marks a period of k.
                for (int k = 2; k <= 5; k++) {
                    boolean back = i - k >= 0 && signature[i] == signature[i - k] && signature[i - 1] != signature[i];
                    boolean fwd = i + k < n && signature[i] == signature[i + k] && signature[i + 1] != signature[i];
                    if (back || fwd) {
                        sink.add(R_PERIOD, k * 4L + (back ? 1 : 0) + (fwd ? 2 : 0));
                    }
                }
            }
            if (settings.has(FeatureGroup.LEXICAL)) {
                lexical(sink, p);
            }
            if (settings.has(FeatureGroup.NEIGHBOURS)) {
                for (int k = 0; k < OFFSETS.length; k++) {
                    int j = i + OFFSETS[k];
                    if (j < 0 || j >= n) {
                        sink.add(N_NONE[k], 0);
                        continue;
                    }
                    LineProfile q = profiles[j];
                    sink.add(N_LEN[k], lenBin(q.chars));
                    sink.add(N_TOK[k], tokenBin(q.tokenCount()));
                    sink.add(N_LAST[k], q.lastClass);
                    sink.add(N_FIRST[k], q.firstClass);
                    sink.add(N_LREL[k], relation(page.languages().get(j), page.dominant()));
                    sink.add(N_LSAME[k], sameLanguage(page.languages().get(i), page.languages().get(j)));
                    sink.add(N_REP[k], countBin(exactCount.get(keys[j])));
                    sink.add(N_CASE[k], caseBin(q));
                    MarkupCues c = page.cues().get(j);
                    if (c.present() && settings.has(FeatureGroup.MARKUP)) {
                        sink.add(N_MK[k], Hashing.value(c.tag().hashCode(), c.headingLevel() * 8L + linkBin(c.linkDensity())));
                    }
                    if ((OFFSETS[k] == -1 || OFFSETS[k] == 1) && !q.tokens.isEmpty() && settings.has(FeatureGroup.LEXICAL)) {
                        sink.add(N_WORD[k], q.tokens.get(0));
                    }
                }
            }
            if (settings.has(FeatureGroup.MARKUP)) {
                MarkupCues c = page.cues().get(i);
                markup(sink, c, settings.has(FeatureGroup.CLASS_TOKENS));
                if (c.present()) {
                    for (int k = 0; k < ContainerMass.LEVELS; k++) {
                        sink.add(M_ANCESTOR, k * 1000L + containers.ancestor()[i][k]);
                    }
                    sink.add(M_DENSEST, containers.densest()[i]);
                    // Siblings: the lines around that share this line's container, and how many do.
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int j = i + (k < 2 ? -(k + 1) : k - 1);
                        if (j >= 0 && j < n && c.parent() != 0 && page.cues().get(j).parent() == c.parent()) {
                            code |= 1 << k;
                        }
                    }
                    sink.add(M_FAMILY, code);
                    sink.add(M_MASS, parentMass[i] * 100L + grandMass[i]);
                    sink.add(M_TEXT_HOME, textHome[i]);
                    sink.add(M_SIB, countBin(parentCount.getOrDefault(c.parent(), 0)) * 10L
                            + countBin(grandCount.getOrDefault(c.grandparent(), 0)));
                }
            }
            if (cohesion != null) {
                sink.add(H_MAX, cohesion[i][0]);
                sink.add(H_SHARE, cohesion[i][1]);
                sink.add(H_LEN, cohesion[i][0] * 16L + lenBin(p.chars));
            }
            out[i] = sink.toArray();
        }
        return new PageFeatures(out, page, profiles, prevSame, nextSame, normGroup, rare);
    }

    /**
     * For lines read from markup: how much of the page's unlinked text the line's container
     * holds, as rank among containers (0 the largest) times ten plus a share bin. The story body
     * is nearly always the container with the most plain text; menus and card lists are links.
     */
    private static int[] containerMass(ContentLines page, LineProfile[] profiles, boolean grand) {
        int n = page.size();
        Map<Integer, Double> mass = new HashMap<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            MarkupCues c = page.cues().get(i);
            int id = grand ? c.grandparent() : c.parent();
            if (!c.present() || id == 0) {
                continue;
            }
            double m = profiles[i].letters * (1.0 - c.linkDensity());
            mass.merge(id, m, Double::sum);
            total += m;
        }
        List<Double> sorted = new java.util.ArrayList<>(mass.values());
        sorted.sort(java.util.Comparator.reverseOrder());
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            MarkupCues c = page.cues().get(i);
            int id = grand ? c.grandparent() : c.parent();
            Double m = id == 0 ? null : mass.get(id);
            if (!c.present() || m == null || total <= 0) {
                out[i] = 99;
                continue;
            }
            int rank = sorted.indexOf(m);
            out[i] = Math.min(rank, 3) * 10 + bin(m / total, 0.02, 0.1, 0.25, 0.5);
        }
        return out;
    }

    /**
     * For lines read from markup: how far out from the line the innermost container holding half
     * of the page's unlinked text lies (1 its parent, 2 its grandparent, ..., 9 none). The story
     * body holds most of a page's plain prose; a comment or a card meets it only further out.
     */
    static int[] textHome(ContentLines page, LineProfile[] profiles) {
        double[] unlinked = new double[page.size()];
        for (int i = 0; i < unlinked.length; i++) {
            unlinked[i] = profiles[i].letters * (1.0 - page.cues().get(i).linkDensity());
        }
        return ContainerShares.of(page.cues(), unlinked).depth();
    }

    /** Lines closer than this are the same block or card; recurrence there says nothing. */
    private static final int NEAR = 4;

    /**
     * For each line: [0] a bin of the largest number of far-away lines that share one of its
     * rarer words, [1] a bin of the share of its rarer words that recur far away. Words of five
     * or more letters count; a word in more than a quarter of the lines is too common to tell.
     */
    private static int[][] cohesion(LineProfile[] profiles, RareWords words) {
        int n = profiles.length;
        Map<String, List<Integer>> linesOf = words.linesOf;
        int common = Math.max(3, n / 4);
        int[][] out = new int[n][2];
        for (int i = 0; i < n; i++) {
            int max = 0;
            int recurring = 0;
            int counted = 0;
            for (String w : words.perLine.get(i)) {
                List<Integer> occ = linesOf.get(w);
                if (occ.size() > common) {
                    continue;
                }
                counted++;
                int far = 0;
                for (int j : occ) {
                    if (Math.abs(j - i) > NEAR) {
                        far++;
                    }
                }
                max = Math.max(max, far);
                if (far > 0) {
                    recurring++;
                }
            }
            out[i][0] = max == 0 ? 0 : max == 1 ? 1 : max == 2 ? 2 : max <= 4 ? 3 : max <= 8 ? 4 : 5;
            out[i][1] = counted == 0 ? 9 : bin((double) recurring / counted, 0.01, 0.2, 0.4, 0.7);
        }
        return out;
    }

    private static void shape(FeatureSink sink, LineProfile p) {
        int len = lenBin(p.chars);
        int tok = tokenBin(p.tokenCount());
        sink.add(S_LEN, len);
        sink.add(S_TOK, tok);
        sink.add(S_LETR, p.chars == 0 ? 0 : bin((double) p.letters / p.chars, 0.3, 0.6, 0.75, 0.85));
        sink.add(S_DIG, p.digits == 0 ? 0 : p.digits <= 2 ? 1 : p.digits <= 4 ? 2 : p.digits <= 8 ? 3 : 4);
        int caseBin = caseBin(p);
        sink.add(S_CASE, caseBin);
        int toks = p.tokenCount();
        sink.add(S_TITLE, toks < 2 ? 9 : bin((double) p.capitalisedTokens / toks, 0.01, 0.34, 0.67, 0.99));
        sink.add(S_FIRST, p.firstClass);
        sink.add(S_LAST, p.lastClass);
        sink.add(S_FL, p.firstClass * 65536L + p.lastClass);
        sink.add(S_SENT, Math.min(p.sentenceBreaks, 3));
        sink.add(S_SEP, Math.min(p.separators, 3));
        sink.add(S_COM, Math.min(p.commas, 3));
        sink.add(S_NUM, toks == 0 ? 9 : bin((double) p.numericTokens / toks, 0.01, 0.2, 0.5, 0.99));
        sink.add(S_AVGW, toks == 0 ? 9 : bin((double) p.letters / toks, 3, 4.5, 6, 8));
        sink.add(S_LEN_LAST, len * 65536L + p.lastClass);
        sink.add(S_TOK_CASE, tok * 16L + caseBin);
        String l = p.lower;
        if (p.gluedTokens > 0) {
            sink.add(S_FLAG, 1);
        }
        if (p.hasColonEarly) {
            sink.add(S_FLAG, 2);
        }
        if (l.indexOf('@') >= 0) {
            sink.add(S_FLAG, 3);
        }
        if (l.contains("://") || l.contains("www.")) {
            sink.add(S_FLAG, 4);
        }
        if (l.indexOf('©') >= 0) {
            sink.add(S_FLAG, 5);
        }
        if (hasTime(l)) {
            sink.add(S_FLAG, 6);
        }
        if (hasYear(l)) {
            sink.add(S_FLAG, 7);
        }
        if (l.indexOf('%') >= 0) {
            sink.add(S_FLAG, 8);
        }
        if (l.indexOf('$') >= 0 || l.indexOf('€') >= 0 || l.indexOf('£') >= 0) {
            sink.add(S_FLAG, 9);
        }
        if (l.indexOf('?') >= 0) {
            sink.add(S_FLAG, 10);
        }
        if (l.indexOf('!') >= 0) {
            sink.add(S_FLAG, 11);
        }
        if (l.indexOf('|') >= 0) {
            sink.add(S_FLAG, 12);
        }
        if (l.indexOf('"') >= 0 || l.indexOf('“') >= 0 || l.indexOf('«') >= 0 || l.indexOf('„') >= 0) {
            sink.add(S_FLAG, 13);
        }
        if (l.indexOf('(') >= 0) {
            sink.add(S_FLAG, 14);
        }
    }

    private static void lexical(FeatureSink sink, LineProfile p) {
        List<String> t = p.tokens;
        int max = Math.min(t.size(), 30);
        for (int k = 0; k < max; k++) {
            sink.add(X_W, t.get(k));
            if (k + 1 < max && k < 12) {
                sink.add(X_B, t.get(k) + ' ' + t.get(k + 1));
            }
        }
        if (!t.isEmpty()) {
            sink.add(X_F, t.get(0));
            sink.add(X_L, t.get(t.size() - 1));
            if (t.size() > 1) {
                sink.add(X_F2, t.get(0) + ' ' + t.get(1));
            }
            if (t.size() <= 4) {
                sink.add(X_WHOLE, String.join(" ", t));
            }
        }
        String s = p.normalized;
        int end = Math.min(s.length(), 48);
        StringBuilder padded = new StringBuilder(end + 2).append('^').append(s, 0, end);
        if (end == s.length()) {
            padded.append('$');
        }
        for (int k = 0; k + 4 <= padded.length(); k++) {
            sink.add(Hashing.value(X_C4, padded, k, k + 4));
        }
    }

    private static void markup(FeatureSink sink, MarkupCues c, boolean classTokens) {
        if (!c.present()) {
            sink.add(M_NONE, 0);
            return;
        }
        int ld = linkBin(c.linkDensity());
        sink.add(M_TAG, c.tag());
        sink.add(M_H, c.headingLevel());
        sink.add(M_LD, ld);
        sink.add(Hashing.value(M_TAG_LD, c.tag().hashCode() * 16L + ld));
        for (String e : c.enclosing()) {
            sink.add(M_ENC, e);
        }
        if (classTokens) {
            for (String t : c.classTokens()) {
                sink.add(M_CLS, ClassTokens.fold(t));
            }
        }
    }

    static int lenBin(int chars) {
        if (chars <= 3) {
            return 0;
        }
        int b = 32 - Integer.numberOfLeadingZeros(chars) - 2; // 4-7 → 1, 8-15 → 2, ...
        return Math.min(b, 9);
    }

    static int tokenBin(int tokens) {
        return tokens <= 4 ? tokens : tokens <= 6 ? 5 : tokens <= 9 ? 6 : tokens <= 14 ? 7 : tokens <= 24 ? 8 : tokens <= 49 ? 9 : 10;
    }

    static int caseBin(LineProfile p) {
        int cased = p.upper + p.lowerLetters;
        if (cased < 2) {
            return 0;
        }
        if (p.upper == cased) {
            return 6;
        }
        return 1 + bin((double) p.upper / cased, 0.01, 0.1, 0.25, 0.6);
    }

    static int indexBin(int i) {
        return i <= 4 ? i : i <= 7 ? 5 : i <= 12 ? 6 : i <= 20 ? 7 : i <= 40 ? 8 : i <= 80 ? 9 : 10;
    }

    static int countBin(int count) {
        return count <= 3 ? count : count <= 6 ? 4 : count <= 12 ? 5 : 6;
    }

    static int linkBin(double density) {
        return density <= 0 ? 0 : density < 0.25 ? 1 : density < 0.5 ? 2 : density < 0.75 ? 3 : density < 1 ? 4 : 5;
    }

    /** 0 unknown, 1 the dominant language, 2 another language. */
    static int relation(Language l, Language dominant) {
        return l == Language.UNKNOWN ? 0 : l == dominant ? 1 : 2;
    }

    /** 0 either unknown, 1 same, 2 different. */
    static int sameLanguage(Language a, Language b) {
        return a == Language.UNKNOWN || b == Language.UNKNOWN ? 0 : a == b ? 1 : 2;
    }

    static int bin(double v, double... edges) {
        int b = 0;
        while (b < edges.length && v >= edges[b]) {
            b++;
        }
        return b;
    }

    private static boolean hasTime(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ':' || c == '.') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))
                    && Character.isDigit(s.charAt(i + 2)) && (i + 3 >= s.length() || !Character.isDigit(s.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }
}
