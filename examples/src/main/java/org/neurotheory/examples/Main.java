package org.neurotheory.examples;

import org.neurotheory.core.provenance.LibraryVersion;
import org.neurotheory.examples.reproduce.ReproduceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurotheory} command line: {@code neurotheory reproduce [KEY ...] [--scale quick|paper]
 * [--out DIR] [--seed N] [--list]}. The {@code ./neurotheory} launcher at the repository root builds
 * the class path and calls this; {@code ./neurotheory shell} opens jshell instead.
 */
@Command(name = "neurotheory", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ReproduceCommand.class},
        description = "Reproduce the figures of the neurotheory papers.")
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new Main()).execute(args));
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
