package dev.scaffold.upgrade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * A 3-way text merge with JGit's {@link MergeAlgorithm} (histogram diff), on LF-normalised text.
 * Conflicts are written with labelled diff3 markers, or kept on the user's side with the clashing hunks
 * collected for a {@code .rej} file.
 */
final class ThreeWayMerge {

    /**
     * @param content   the merged text (LF line ends)
     * @param rejects   for {@link ConflictStyle#REJ}: the clashing hunks, or null when there are none
     * @param conflicts whether any hunk clashed
     */
    record Result(byte[] content, byte[] rejects, boolean conflicts) {
    }

    /**
     * The sides' names for the markers: yours, the old render's, the new render's.
     *
     * @param ours   e.g. {@code yours}
     * @param base   e.g. {@code blueprint demo 1.0.0}
     * @param theirs e.g. {@code blueprint demo 2.0.0}
     */
    record Labels(String ours, String base, String theirs) {
    }

    private ThreeWayMerge() {
    }

    static Result merge(byte[] base, byte[] ours, byte[] theirs, Labels labels, ConflictStyle style) {
        RawText[] sides = {text(base), text(ours), text(theirs)};
        MergeResult<RawText> result = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM))
                .merge(RawTextComparator.DEFAULT, sides[0], sides[1], sides[2]);
        if (!result.containsConflicts() || style == ConflictStyle.INLINE) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new MergeFormatter().formatMergeDiff3(out, result, List.of(labels.base(), labels.ours(), labels.theirs()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return new Result(out.toByteArray(), null, result.containsConflicts());
        }
        return rejects(result, sides, labels);
    }

    private static Result rejects(MergeResult<RawText> result, RawText[] sides, Labels labels) {
        StringBuilder kept = new StringBuilder();
        StringBuilder rejects = new StringBuilder();
        String[] hunk = new String[3];
        int keptLines = 0;
        for (MergeChunk chunk : result) {
            String lines = lines(sides[chunk.getSequenceIndex()], chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    kept.append(lines);
                    keptLines += chunk.getEnd() - chunk.getBegin();
                }
                case FIRST_CONFLICTING_RANGE, BASE_CONFLICTING_RANGE -> hunk[chunk.getSequenceIndex()] = lines;
                case NEXT_CONFLICTING_RANGE -> {
                    hunk[chunk.getSequenceIndex()] = lines;
                    rejects.append("@@ from line ").append(keptLines + 1).append(" @@\n")
                            .append("<<<<<<< ").append(labels.ours()).append('\n').append(orEmpty(hunk[1]))
                            .append("||||||| ").append(labels.base()).append('\n').append(orEmpty(hunk[0]))
                            .append("=======\n").append(orEmpty(hunk[2]))
                            .append(">>>>>>> ").append(labels.theirs()).append('\n');
                    kept.append(orEmpty(hunk[1]));
                    keptLines += orEmpty(hunk[1]).split("\n", -1).length - 1;
                    hunk = new String[3];
                }
            }
        }
        return new Result(kept.toString().getBytes(StandardCharsets.UTF_8), rejects.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private static String lines(RawText text, int begin, int end) {
        StringBuilder lines = new StringBuilder();
        for (int i = begin; i < end; i++) {
            lines.append(text.getString(i));
            if (i < text.size() - 1 || !text.isMissingNewlineAtEnd()) {
                lines.append('\n');
            }
        }
        return lines.toString();
    }

    private static String orEmpty(String lines) {
        return lines == null ? "" : lines;
    }

    private static RawText text(byte[] content) {
        return new RawText(TextFiles.toLf(content));
    }
}
