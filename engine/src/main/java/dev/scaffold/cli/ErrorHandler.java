package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr, {@code error: <message>}, and its exit code; the
 * stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ScaffoldException scaffold) {
            err.println("error: " + scaffold.getMessage());
            printTraceIfVerbose(e, err, parseResult);
            return scaffold.exitCode();
        }
        err.println("error: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getName())
                + (verbose(parseResult) ? "" : " (run with --verbose for details)"));
        printTraceIfVerbose(e, err, parseResult);
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + e.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static void printTraceIfVerbose(Exception e, PrintWriter err, ParseResult parseResult) {
        if (verbose(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
