package dev.linesift.internal.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code linesift} command line. Parses arguments and prints; the work is library code. */
@Command(name = "linesift", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Labels every line of a scraped page as article, paywall, teaser or metadata.",
        subcommands = {LabelCommand.class, CleanCommand.class, ExtractCommand.class, EvaluateCommand.class,
                TrainCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(Console.stdout(), Console.stderr(), args);
        System.exit(code);
    }

    /**
     * The entry point for callers inside another JVM, such as the build's {@code exec:java}
     * training step: it returns instead of exiting (an exit would end Maven before it packages
     * the jar) and signals failure by an exception.
     */
    public static final class InProcess {
        private InProcess() {
        }

        public static void main(String[] args) {
            int code = run(Console.stdout(), Console.stderr(), args);
            if (code != 0) {
                throw new IllegalStateException("linesift " + String.join(" ", args) + " ended with exit code " + code);
            }
        }
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 some input failed, 2 usage. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // Smile logs every optimiser step at INFO; a command line shows warnings only, on stderr.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("linesift: " + Console.oneLine(ex));
            return 1;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"linesift " + dev.linesift.internal.train.Trainer.LIBRARY_VERSION};
        }
    }
}
