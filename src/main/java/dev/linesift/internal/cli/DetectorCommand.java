package dev.linesift.internal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** What every command that labels has: its picocli spec (for output streams) and the detector options. */
abstract class DetectorCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DetectorOptions detector = new DetectorOptions();
}
