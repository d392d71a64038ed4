package dev.linesift.internal.model;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.features.FeatureExtractor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes model files. A file is a magic line followed by a gzip-compressed Java
 * serialisation of {@link ModelFile}. Reading goes through an {@link ObjectInputFilter} that
 * admits only the few classes a model consists of, within size bounds, so a crafted file
 * cannot make the reader build arbitrary objects.
 */
public final class ModelIO {
    /** Resource path of the model packaged in the jar. */
    public static final String DEFAULT_RESOURCE = "/dev/linesift/model/default/linesift.model";
    /** File name of a model inside a models directory. */
    public static final String FILE_NAME = "linesift.model";

    private static final byte[] MAGIC = "LINESIFT-MODEL 1\n".getBytes(StandardCharsets.US_ASCII);

    private static final Set<Class<?>> ALLOWED = Set.of(ModelFile.class, ModelManifest.class, String.class);

    private static final ObjectInputFilter FILTER = info -> {
        if (info.depth() > 8 || info.references() > 10_000 || info.streamBytes() > 256L << 20
                || info.arrayLength() > 1L << 24) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c.isPrimitive() || ALLOWED.contains(c) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private ModelIO() {
    }

    public static void write(LineModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            write(model, out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void write(LineModel model, OutputStream out) throws IOException {
        out.write(MAGIC);
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        ObjectOutputStream oos = new ObjectOutputStream(gz);
        oos.writeObject(model.toFile());
        oos.flush();
        gz.finish();
        out.flush();
    }

    /**
     * The model as it reads back from its stored form (weights rounded to float), so that a
     * freshly trained model predicts exactly as the saved file will.
     */
    public static LineModel roundTrip(LineModel model) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
        try {
            write(model, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return read(new java.io.ByteArrayInputStream(out.toByteArray()), "model in memory");
    }

    /** The same weights under another manifest (for adding scores after training). */
    public static LineModel replaceManifest(LineModel model, ModelManifest manifest) {
        ModelFile f = model.toFile();
        return LineModel.fromFile(new ModelFile(manifest, f.stage1, f.stage2));
    }

    /** Reads a model file; any problem becomes a {@link LineSiftException} with reason {@code BAD_MODEL}. */
    public static LineModel read(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new LineSiftException(Reason.BAD_MODEL, source, Files.exists(file) ? "not a regular file" : "no such model file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "no such model file");
        } catch (IOException e) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "cannot read model: " + e.getMessage(), e);
        }
    }

    /** The model packaged in the jar. */
    public static LineModel readDefault() {
        InputStream in = ModelIO.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new LineSiftException(Reason.BAD_MODEL, "embedded model",
                    "no model is packaged at " + DEFAULT_RESOURCE + "; build with the committed models/ or retrain");
        }
        try (in) {
            return read(in, "embedded model");
        } catch (IOException e) {
            throw new LineSiftException(Reason.BAD_MODEL, "embedded model", "cannot read: " + e.getMessage(), e);
        }
    }

    public static LineModel read(InputStream raw, String source) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new LineSiftException(Reason.BAD_MODEL, source, "not a linesift model file (bad header)");
            }
            ObjectInputStream ois = new ObjectInputStream(new GZIPInputStream(in, 1 << 16));
            ois.setObjectInputFilter(FILTER);
            Object o = ois.readObject();
            if (!(o instanceof ModelFile file) || file.manifest == null || file.stage1 == null) {
                throw new LineSiftException(Reason.BAD_MODEL, source, "the file does not hold a linesift model");
            }
            check(file, source);
            return LineModel.fromFile(file);
        } catch (InvalidClassException e) {
            throw new LineSiftException(Reason.BAD_MODEL, source,
                    "the model file carries a class that a model may not contain (" + e.getMessage() + ")");
        } catch (EOFException | ZipException e) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "the model file is truncated or damaged");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "the model file is damaged: " + e.getMessage());
        }
    }

    private static void check(ModelFile file, String source) {
        ModelManifest m = file.manifest;
        if (m.schemaVersion() != FeatureExtractor.SCHEMA_VERSION) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "the model uses feature schema version "
                    + m.schemaVersion() + " but this linesift reads version " + FeatureExtractor.SCHEMA_VERSION
                    + "; retrain it with this version (mvn -Ptrain package, or linesift train)");
        }
        int classes = m.labels().size();
        int width = m.featureSettings().dimension() + 1;
        if (classes != dev.linesift.Label.values().length || !shapeOk(file.stage1, classes, width)
                || file.stage2 != null && !shapeOk(file.stage2, classes, width)) {
            throw new LineSiftException(Reason.BAD_MODEL, source, "the model's weights do not match its manifest");
        }
        for (int i = 0; i < classes; i++) {
            if (!m.labels().get(i).equals(dev.linesift.Label.values()[i].code())) {
                throw new LineSiftException(Reason.BAD_MODEL, source, "the model's labels " + m.labels()
                        + " are not the labels this linesift uses");
            }
        }
    }

    private static boolean shapeOk(float[][] w, int classes, int width) {
        if (w.length != classes - 1) {
            return false;
        }
        for (float[] row : w) {
            if (row == null || row.length != width) {
                return false;
            }
        }
        return true;
    }
}
