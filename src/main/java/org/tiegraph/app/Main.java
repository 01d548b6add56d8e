package org.tiegraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The tiegraph command line: {@code serve} (default), {@code load}. */
@Command(name = "tiegraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Relationship explorer: documents in, a grounded Neo4j graph and a REST API out.",
        subcommands = {ServeCommand.class, LoadCommand.class, BenchCommand.class, ExtractionBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof StartFailure) {
                command.getErr().println("tiegraph: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        boolean hasSubcommand = args.length > 0 && cli.getSubcommands().containsKey(args[0]);
        boolean asksTopLevel = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("--version") || args[0].equals("-V"));
        String[] effective = hasSubcommand || asksTopLevel ? args : prepend("serve", args);
        int code = cli.execute(effective);
        if (code != 0 || !(effective[0].equals("serve"))) {
            System.exit(code);
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The product version, from the build (tiegraph-version.properties), or "dev" when it is missing. */
    public static String version() {
        try (var in = Main.class.getClassLoader().getResourceAsStream("tiegraph-version.properties")) {
            if (in == null) {
                return "dev";
            }
            var properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    /** Supplies --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tiegraph " + version()};
        }
    }
}
