package {{package}};

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** Findings of a synthesized stack as readable lines, so a failing assertion shows what was found. */
public final class Findings {

    private Findings() {
    }

    /** cdk-nag AwsSolutions errors and warnings, as "path: message". */
    public static List<String> cdkNag(Stack stack) {
        Annotations annotations = Annotations.fromStack(stack);
        return Stream.concat(
                annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")).stream(),
                annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")).stream())
                .map(Findings::line)
                .toList();
    }

    /** The CloudFormation validation report of the assembly, or "" when it has no findings. */
    public static String validation(CloudAssembly assembly) {
        try {
            JsonNode report = new ObjectMapper().readTree(
                    Path.of(assembly.getDirectory(), "validation-report.json").toFile());
            return report.get("pluginReports").isEmpty() ? "" : report.toPrettyString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the validation report of " + assembly.getDirectory(), e);
        }
    }

    // Annotations in aws-cdk-lib 2.263 still hand out the deprecated cxapi SynthesisMessage.
    @SuppressWarnings("deprecation")
    private static String line(SynthesisMessage message) {
        String text = String.valueOf(message.getEntry().getData());
        return message.getId() + ": " + text.substring(0, Math.min(text.length(), 160));
    }
}
