package dev.linesift;

import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.pipeline.Pipeline;
import java.util.function.Consumer;

/** What the API grants the training, evaluation and command-line code ({@link ApiAccess}). */
final class GrantedAccess implements ApiAccess.Access {
    @Override
    public Pipeline pipeline(LineSift sift) {
        return sift.pipeline;
    }

    @Override
    public Language label(LineSift sift, Page page, Consumer<LabeledLine> sink) {
        return sift.label(page, sink);
    }

    @Override
    public Model model(LineModel model) {
        return new Model(model);
    }

    @Override
    public LineModel lineModel(Model model) {
        return model.lineModel();
    }
}
