package dev.linesift.internal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What the commands that train have: their picocli spec and the training parameters. */
abstract class TrainingCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    TrainingParameters training = new TrainingParameters();
}
