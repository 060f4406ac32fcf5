package dev.scaffold.upgrade;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A real v1 -> v2 upgrade scenario: blueprint "app" 1.0.0 and 2.0.0 (2.0.0 current, 1.0.0 archived),
 * a project generated from 1.0.0 in a git repository, and helpers to edit it like a user.
 */
final class Scenario {

    static final String MANIFEST_V1 = """
            id: app
            version: 1.0.0
            kind: project
            description: The upgrade test blueprint.
            parameters:
              - name: name
                type: string
                help: The name.
                default: shop
                pattern: "^[a-z]+$"
              - name: package
                type: string
                help: The package.
                default: com.example.shop
                format: java-package
              - name: token
                type: string
                help: A secret.
                required: false
                secret: true
                pattern: "^[A-Za-z0-9]*$"
            derived:
              - name: packagePath
                from: package
                transform: path
            files:
              - path: "assets/*"
                verbatim: true
            """;

    static final String MANIFEST_V2 = MANIFEST_V1.replace("version: 1.0.0", "version: 2.0.0") + """
              - path: "bin/*"
                executable: true
            """;

    static final String APP_V1 = """
            package {{package}};

            /** The {{name}} app. */
            public final class App {
                public static void main(String[] args) {
                    System.out.println("hello");
                }

                static int size() {
                    return 1;
                }
            }
            """;

    static final String POM_V1 = """
            <project>
              <artifactId>{{name}}</artifactId>
              <dependencies>
                <dependency><artifactId>cdk</artifactId><version>2.0.0</version></dependency>
              </dependencies>

              <build>
              </build>
            </project>
            """;

    static final byte[] PNG_V1 = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 1};

    final Path root;
    final Path v1Catalog;
    final Path catalog;
    final Path project;

    Scenario(Path root) {
        this.root = root;
        this.v1Catalog = root.resolve("v1");
        this.catalog = root.resolve("catalog");
        this.project = root.resolve("project");
        writeBlueprint(v1Catalog.resolve("app"), MANIFEST_V1, v1Files());
        writeBlueprint(catalog.resolve(".archive/app/1.0.0"), MANIFEST_V1, v1Files());
        writeBlueprint(catalog.resolve("app"), MANIFEST_V2, v2Files());
    }

    static Map<String, Object> v1Files() {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("README.md", "# {{name}}\n\nIntro.\n");
        files.put("src/main/java/{{packagePath}}/App.java", APP_V1);
        files.put("src/main/java/{{packagePath}}/Stack.java",
                "package {{package}};\n\n/** The stack. */\npublic final class Stack {\n    static final String BUCKET = \"data\";\n}\n");
        files.put("pom.xml", POM_V1);
        files.put("docs/kept.md", "Kept.\n");
        files.put("docs/guide.md", "Guide.\n");
        files.put("docs/notes.md", "Notes.\n");
        files.put("docs/intro.md", "Intro.\n");
        files.put("old/legacy.txt", "Legacy.\n");
        files.put("old/custom.txt", "Custom.\n");
        files.put("tools/lint.sh", "#!/bin/sh\necho lint\n");
        files.put("bin/tool", "#!/bin/sh\necho tool\n");
        files.put("same.txt", "Same.\n");
        files.put("converge.txt", "Before.\n");
        files.put("crlf.txt", "one\ntwo\n");
        files.put("local.properties", "a=1\n");
        files.put(".gitignore", "local.properties\n");
        files.put("assets/logo.png", PNG_V1);
        return files;
    }

    static Map<String, Object> v2Files() {
        Map<String, Object> files = v1Files();
        files.put("README.md", "# {{name}}\n\nIntro, version 2.\n");
        files.put("src/main/java/{{packagePath}}/App.java", APP_V1.replace("return 1;", "return 2;"));
        files.put("src/main/java/{{packagePath}}/Stack.java",
                "package {{package}};\n\n/** The stack. */\npublic final class Stack {\n    static final String BUCKET = \"lake\";\n}\n");
        files.put("pom.xml", POM_V1.replace("  <build>\n", "  <build>\n    <plugins/>\n"));
        files.put("docs/notes.md", "Notes, version 2.\n");
        files.remove("docs/intro.md");
        files.put("docs/introduction.md", "Intro.\n");
        files.remove("old/legacy.txt");
        files.remove("old/custom.txt");
        files.put("tools/lint.sh", "#!/bin/sh\necho lint --strict\n");
        files.put("converge.txt", "After.\n");
        files.put("crlf.txt", "one\ntwo\nthree\n");
        files.put("local.properties", "a=2\n");
        files.put("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 2, 2});
        files.put("CHANGELOG.md", "# Changes\n");
        files.put("Makefile", "all:\n\tmvn package\n");
        return files;
    }

    static void writeBlueprint(Path directory, String manifest, Map<String, Object> files) {
        try {
            Files.createDirectories(directory.resolve("template"));
            Files.writeString(directory.resolve("blueprint.yaml"), manifest);
            for (Map.Entry<String, Object> file : files.entrySet()) {
                Path target = directory.resolve("template").resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue() instanceof byte[] bytes ? bytes
                        : ((String) file.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates the project from 1.0.0, in a fresh git repository, committed. */
    Scenario generate(Map<String, String> parameters) {
        new ProjectGenerator(Catalog.fromDirectory(v1Catalog)).generate(new NewProjectRequest("app", java.util.List.of(),
                project, parameters, Optional.empty(), false), Optional.empty());
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commitAll(git, "generated");
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Scenario generate() {
        return generate(Map.of());
    }

    /** Commits everything in the project (the user's edits). */
    Scenario commit() {
        try (Git git = Git.open(project.toFile())) {
            commitAll(git, "user edits");
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    static void commitAll(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor("User", "user@example.com").setCommitter("User", "user@example.com")
                .setSign(false).call();
    }

    Scenario write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    Scenario write(String path, byte[] content) {
        try {
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Scenario replace(String path, String from, String to) {
        String content = read(path);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        return write(path, content.replace(from, to));
    }

    Scenario delete(String path) {
        try {
            Files.delete(project.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Scenario chmodExecutable(String path) {
        try {
            Files.setPosixFilePermissions(project.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String path) {
        try {
            return Files.readString(project.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edits of a typical user, committed. */
    Scenario userEdits() {
        return replace("src/main/java/com/example/shop/App.java", "\"hello\"", "\"hello, user\"")
                .replace("src/main/java/com/example/shop/Stack.java", "\"data\"", "\"user-data\"")
                .replace("pom.xml", "<version>2.0.0</version>", "<version>2.1.0</version>")
                .write("docs/kept.md", "Kept, and edited by me.\n")
                .delete("docs/guide.md")
                .delete("docs/notes.md")
                .write("old/custom.txt", "Custom, mine now.\n")
                .chmodExecutable("tools/lint.sh")
                .write("converge.txt", "After.\n")
                .write("crlf.txt", "one\r\ntwo\r\n")
                .write("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 9, 9})
                .write("Makefile", "all:\n\tgradle build\n")
                .write("src/main/java/com/example/shop/Mine.java", "package com.example.shop;\nclass Mine {}\n")
                .commit();
    }

    /** Every file under the project except .git, with its bytes and permissions, for before/after comparisons. */
    Map<String, String> snapshot() {
        return snapshot(project);
    }

    /** Every file and directory under {@code project} except .git, with its bytes and permissions. */
    static Map<String, String> snapshot(Path project) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path path : walk.filter(p -> !project.relativize(p).startsWith(".git")).toList()) {
                String key = project.relativize(path).toString();
                files.put(key, Files.isDirectory(path) ? "dir"
                        : PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " "
                        + java.util.HexFormat.of().formatHex(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
