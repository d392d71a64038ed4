package dev.linesift.internal.train;

import dev.linesift.train.TrainingOptions;

import dev.linesift.Label;
import dev.linesift.Language;
import dev.linesift.internal.features.ContextFeatures;
import dev.linesift.internal.features.FeatureExtractor;
import dev.linesift.train.FeatureGroup;
import dev.linesift.internal.pipeline.Pipeline;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.model.ModelIO;
import dev.linesift.internal.model.ModelManifest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import smile.classification.Maxent;

/**
 * Trains a {@link LineModel} from labeled pages: the library code behind {@code linesift train}
 * and {@code mvn -Ptrain}. Stage one is a Smile maximum-entropy model over line features; stage
 * two adds the stage-one predictions of the surrounding lines, learned from out-of-fold
 * predictions on folds grouped by site family, so it sees stage one as it behaves on unseen sites.
 */
public final class Trainer {
    /** Library version written into manifests. */
    public static final String LIBRARY_VERSION = versionOf();

    private final TrainingOptions options;
    private final Consumer<String> progress;
    /**
     * Blind copies (stage-one features without one group) by left-out group and page, made once
     * per trainer: cross-validation folds and report runs train on the same pages many times.
     * Pages are keyed by identity, as they are passed around.
     */
    private final Map<FeatureGroup, Map<PreparedPage, PageFeatures>> blindCache =
            java.util.Collections.synchronizedMap(new java.util.EnumMap<>(FeatureGroup.class));

    private volatile Pipeline pipeline;

    public Trainer(TrainingOptions options, Consumer<String> progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public TrainingOptions options() {
        return options;
    }

    /**
     * The pipeline the options call for, up to the features: the same steps labeling runs, so
     * the model is trained on lines made exactly as it will see them.
     */
    public Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = Pipeline.training(LanguageIdentifier.of(options.languages(), options.lowAccuracy(),
                            options.features().analysedChars()), options.features());
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** Splits pages into content lines and detects languages: the part shared by every run. */
    public List<PreparedPage> prepare(List<CorpusPage> pages) {
        Pipeline steps = pipeline();
        List<PreparedPage> out = new ArrayList<>(pages.size());
        int done = 0;
        for (CorpusPage page : pages) {
            out.add(PreparedPage.of(page, steps.prepare(page.gold().page())));
            if (++done % 100 == 0) {
                progress.accept("  prepared " + done + "/" + pages.size() + " pages");
            }
        }
        return out;
    }

    /** Stage-one features of each page under these options. */
    public List<PageFeatures> features(List<PreparedPage> pages) {
        Pipeline steps = pipeline();
        return pages.parallelStream().map(p -> steps.features(p.content())).toList();
    }

    /** Trains on all given pages. */
    public LineModel train(List<PreparedPage> pages, List<PageFeatures> features, String dataHash) {
        int dim = options.features().dimension();
        int folds = options.stackingFolds();
        int[] fold = folds >= 2 ? familyFolds(pages, folds, options.seed()) : new int[pages.size()];
        int foldCount = folds >= 2 ? Arrays.stream(fold).max().orElse(0) + 1 : 0;
        // Job -1 is stage one on everything; jobs 0..k-1 leave one stacking fold out each.
        List<Integer> jobs = new ArrayList<>();
        for (int j = -1; j < foldCount; j++) {
            jobs.add(j);
        }
        Map<Integer, List<PageFeatures>> blind = blindCopies(pages);
        progress.accept("  stage 1: fitting on " + lineCount(features) + " lines"
                + (blind.isEmpty() ? "" : " and " + lineCount(blind.values().stream().flatMap(List::stream).toList())
                        + " lines of blind copies")
                + (foldCount > 0 ? ", and " + foldCount + " family folds for out-of-fold predictions" : ""));
        java.util.function.Function<Integer, Maxent.Multinomial> fitJob = j -> {
            List<PageFeatures> trainF = new ArrayList<>();
            List<PreparedPage> trainP = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (j < 0 || fold[p] != j) {
                    trainF.add(features.get(p));
                    trainP.add(pages.get(p));
                    for (PageFeatures copy : blind.getOrDefault(p, List.of())) {
                        trainF.add(copy);
                        trainP.add(pages.get(p));
                    }
                }
            }
            return fit(dim, trainF, trainP, null, options.lambda());
        };
        // Inside a cross-validation fold the outer level already keeps the cores busy.
        List<Maxent.Multinomial> fitted = Thread.currentThread().getName().startsWith("linesift-train")
                ? jobs.stream().map(fitJob).toList() : Parallel.map(jobs, fitJob);
        Maxent.Multinomial stage1 = fitted.get(0);
        Maxent.Multinomial stage2 = null;
        if (foldCount > 0) {
            ModelManifest probeManifest = manifest(pages, dataHash, Map.of());
            ContextFeatures context = LineModel.of(probeManifest, stage1, null).context();
            List<int[][]> ctx = new ArrayList<>(features.size());
            for (int p = 0; p < features.size(); p++) {
                LineModel probe = LineModel.of(probeManifest, fitted.get(fold[p] + 1), null);
                ctx.add(context.extract(features.get(p), probe.predictStage1(features.get(p))));
            }
            progress.accept("  stage 2: fitting the context stage");
            stage2 = fit(dim, null, pages, ctx, options.contextLambda());
        }
        LineModel model = LineModel.of(manifest(pages, dataHash, Map.of()), stage1, stage2);
        // Round-trip through the stored form so the model in memory is exactly the one saved.
        return ModelIO.roundTrip(model);
    }

    /**
     * Blind copies of each HTML page by page index: its stage-one features once without the word
     * features and once without the class tokens, as the options ask (none for a group that is
     * off anyway). Only stage one learns from them: the context stage sees first-stage
     * predictions made with everything.
     */
    Map<Integer, List<PageFeatures>> blindCopies(List<PreparedPage> pages) {
        Map<Integer, List<PageFeatures>> out = new LinkedHashMap<>();
        List<FeatureGroup> groups = new ArrayList<>();
        if (options.wordBlindCopies() && options.features().has(FeatureGroup.LEXICAL)) {
            groups.add(FeatureGroup.LEXICAL);
        }
        if (options.classBlindCopies() && options.features().has(FeatureGroup.CLASS_TOKENS)) {
            groups.add(FeatureGroup.CLASS_TOKENS);
        }
        for (FeatureGroup group : groups) {
            FeatureExtractor extractor = new FeatureExtractor(options.features().without(group));
            Map<PreparedPage, PageFeatures> cache = blindCache.computeIfAbsent(group,
                    g -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).meta().isHtml()) {
                    out.computeIfAbsent(p, k -> new ArrayList<>())
                            .add(cache.computeIfAbsent(pages.get(p), page -> extractor.extract(page.content())));
                }
            }
        }
        return out;
    }

    /** Assigns site families to folds: sorted, shuffled with the seed, dealt round-robin. */
    static int[] familyFolds(List<PreparedPage> pages, int folds, long seed) {
        List<String> families = new ArrayList<>(new TreeSet<>(pages.stream().map(p -> p.meta().family()).toList()));
        java.util.Collections.shuffle(families, new Random(seed));
        int k = Math.min(folds, families.size());
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int i = 0; i < families.size(); i++) {
            foldOf.put(families.get(i), i % Math.max(1, k));
        }
        int[] out = new int[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            out[p] = foldOf.get(pages.get(p).meta().family());
        }
        if (k < 2) {
            // A single family: fall back to folds over pages so stage two still gets held-out predictions.
            for (int p = 0; p < out.length; p++) {
                out[p] = p % Math.max(2, Math.min(folds, out.length));
            }
        }
        return out;
    }

    private Maxent.Multinomial fit(int dim, List<PageFeatures> features, List<PreparedPage> pages,
                                   List<int[][]> override, double lambda) {
        int n = 0;
        int pagesCount = pages.size();
        for (int p = 0; p < pagesCount; p++) {
            n += pages.get(p).gold().length;
        }
        int[][] x = new int[n][];
        int[] y = new int[n];
        int k = 0;
        boolean[] seen = new boolean[Label.values().length];
        for (int p = 0; p < pagesCount; p++) {
            int[] gold = pages.get(p).gold();
            for (int i = 0; i < gold.length; i++) {
                x[k] = override != null ? override.get(p)[i] : features.get(p).line(i);
                y[k] = gold[i];
                seen[gold[i]] = true;
                k++;
            }
        }
        for (Label l : Label.values()) {
            if (!seen[l.ordinal()]) {
                throw new IllegalArgumentException("the training pages have no line labeled " + l.code());
            }
        }
        return Maxent.multinomial(dim, x, y, lambda, 1e-5, options.maxIterations());
    }

    ModelManifest manifest(List<PreparedPage> pages, String dataHash, Map<String, String> scores) {
        List<String> labels = Arrays.stream(Label.values()).map(Label::code).toList();
        List<String> languages = options.languages().stream().sorted().map(Language::code).toList();
        int lines = pages.stream().mapToInt(p -> p.gold().length).sum();
        return new ModelManifest(LIBRARY_VERSION, FeatureExtractor.SCHEMA_VERSION, labels, languages,
                options.lowAccuracy(), options.features(), dataHash, pages.size(), lines, options.asParameters(), scores);
    }

    private static int lineCount(List<PageFeatures> features) {
        return features.stream().mapToInt(PageFeatures::size).sum();
    }

    private static String versionOf() {
        String v = Trainer.class.getPackage() == null ? null : Trainer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
