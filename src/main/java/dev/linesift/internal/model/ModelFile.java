package dev.linesift.internal.model;

import java.io.Serial;
import java.io.Serializable;

/**
 * The serialised form of a {@link LineModel}: the manifest and the weights of the two stages as
 * float matrices ({@code (classes - 1) × (dimension + 1)}, Smile's multinomial layout). Storing
 * plain arrays instead of Smile objects keeps the file small and the allow-list of classes that
 * loading may create short.
 */
final class ModelFile implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    final ModelManifest manifest;
    final float[][] stage1;
    final float[][] stage2;

    ModelFile(ModelManifest manifest, float[][] stage1, float[][] stage2) {
        this.manifest = manifest;
        this.stage1 = stage1;
        this.stage2 = stage2;
    }
}
