package dev.linesift.internal.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|jsonl} option of the commands that print either. */
final class TextOrJsonl {
    enum Format { text, jsonl }

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    boolean jsonl() {
        return format == Format.jsonl;
    }
}
