package dev.scaffold.serve;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.cli.CliEnvironment;
import dev.scaffold.cli.ScaffoldCli;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The real command line in-process, to compare the API with: its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Catalog catalog, Path workingDirectory, String... args) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(() -> catalog, new BufferedReader(new StringReader("")),
                false, workingDirectory));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The one error line without its {@code error: } prefix. */
    String error() {
        return err.strip().replaceFirst("^error: ", "");
    }
}
