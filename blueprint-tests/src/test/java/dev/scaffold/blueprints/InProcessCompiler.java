package dev.scaffold.blueprints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated project's main and test sources with the JDK's compiler, in this JVM, against
 * this module's class path (the aws-cdk-lib, constructs, cdk-nag and JUnit versions the generated
 * pom.xml pins). One file manager serves every compilation, so the large jars are indexed once.
 */
final class InProcessCompiler {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES = COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

    private InProcessCompiler() {
    }

    /** Compiles {@code src/main/java} and {@code src/test/java} of the project into {@code target/check-classes}. */
    static Path compile(Path project) {
        Path output = project.resolve("target/check-classes");
        List<Path> sources = new ArrayList<>();
        sources.addAll(javaFiles(project.resolve("src/main/java")));
        sources.addAll(javaFiles(project.resolve("src/test/java")));
        if (sources.isEmpty()) {
            throw new AssertionError("no Java sources in " + project);
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"), "-d", output.toString());
        boolean ok;
        synchronized (FILES) {
            ok = COMPILER.getTask(null, FILES, diagnostics, options, null, FILES.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (!ok) {
            throw new AssertionError("generated project does not compile:\n" + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .map(d -> d.getSource() == null ? d.getMessage(Locale.ROOT)
                            : project.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": "
                            + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")));
        }
        return output;
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
