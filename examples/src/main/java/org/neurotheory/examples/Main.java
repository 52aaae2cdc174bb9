package org.neurotheory.examples;

import org.neurotheory.core.provenance.LibraryVersion;
import org.neurotheory.examples.reproduce.ReproduceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurotheory} command line: {@code neurotheory reproduce [KEY ...] [--scale quick|paper]
 * [--out DIR] [--seed N] [--list]} and {@code neurotheory demo NAME [ARGS ...]}. The
 * {@code ./neurotheory} launcher at the repository root builds the class path and calls this;
 * {@code ./neurotheory shell} opens jshell instead (the help says so).
 */
@Command(name = "neurotheory", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ReproduceCommand.class, DemoCommand.class},
        description = "Reproduce the figures of the neurotheory papers and run their demos.",
        footer = {"", "Interactive: ./neurotheory shell opens jshell with every module on the",
                "class path and the imports the docs use",
                "(examples/src/main/jshell/neurotheory.jsh).",
                "-Dname=value arguments become system properties anywhere on the line."})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands ({@code demo} passes everything after NAME to the demo). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        CommandLine demo = cl.getSubcommands().get("demo");
        demo.setStopAtPositional(true);
        demo.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> String.format("%nDemos: %s%n", String.join(", ", DemoCommand.DEMOS.keySet())));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"neurotheory " + LibraryVersion.get() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
