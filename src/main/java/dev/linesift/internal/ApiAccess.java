package dev.linesift.internal;

import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.Model;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.pipeline.Pipeline;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the training, evaluation and command-line code reach what the API keeps out of its public
 * signatures (a detector's pipeline, the weights behind a {@link Model}). The API package sets
 * the one implementation when {@link LineSift} is initialised; this is the JDK's "shared
 * secrets" pattern, which keeps internal types out of the public API without widening it.
 */
public final class ApiAccess {
    /** What the API package grants. */
    public interface Access {
        /** The detector's pipeline. */
        Pipeline pipeline(LineSift sift);

        /**
         * Labels a page already read, as {@link LineSift} labels any input, handing each line to
         * {@code sink} in order; returns the page's dominant language.
         */
        Language label(LineSift sift, Page page, Consumer<LabeledLine> sink);

        /** Wraps trained weights in the API's opaque model. */
        Model model(LineModel model);

        /** The weights behind a model. */
        LineModel lineModel(Model model);
    }

    private static volatile Access access;

    private ApiAccess() {
    }

    /** Called once, by the API package. */
    public static void set(Access granted) {
        Objects.requireNonNull(granted, "granted");
        synchronized (ApiAccess.class) {
            if (access != null) {
                throw new IllegalStateException("already set");
            }
            access = granted;
        }
    }

    /** The API package's access; initialises {@link LineSift} first if need be. */
    public static Access get() {
        Access a = access;
        if (a == null) {
            try {
                Class.forName(LineSift.class.getName(), true, LineSift.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }
}
