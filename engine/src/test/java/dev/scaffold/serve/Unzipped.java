package dev.scaffold.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** A project's files by path, each as its bytes and whether it is executable: from a zip, or from a directory. */
record Unzipped(Map<String, byte[]> contents, Map<String, Boolean> executable) {

    /** Read through the central directory, which alone holds each entry's unix mode. */
    static Unzipped of(byte[] zip) {
        Map<String, byte[]> contents = new TreeMap<>();
        Map<String, Boolean> executable = new TreeMap<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    contents.put(entry.getName(), in.readAllBytes());
                }
                executable.put(entry.getName(), (entry.getUnixMode() & 0100) != 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Unzipped(contents, executable);
    }

    /** The files under {@code directory}, named {@code prefix/relative-path} as the zip names them. */
    static Unzipped of(Path directory, String prefix) {
        Map<String, byte[]> contents = new TreeMap<>();
        Map<String, Boolean> executable = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = prefix + "/" + directory.relativize(file).toString().replace('\\', '/');
                contents.put(name, Files.readAllBytes(file));
                executable.put(name, Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Unzipped(contents, executable);
    }

    /** The text of each file, for a readable comparison (bytes are compared too). */
    Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        contents.forEach((name, bytes) -> texts.put(name, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return texts;
    }
}
