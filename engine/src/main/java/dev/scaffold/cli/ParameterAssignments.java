package dev.scaffold.cli;

import dev.scaffold.ScaffoldException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code -P NAME=VALUE} options, split at the first {@code =} here rather than by picocli: a picocli
 * map option splits respecting double quotes, so a value with a {@code "} in it got "[picocli WARN]
 * Unbalanced quotes" lines on stderr and a name or value with the quotes moved around.
 */
final class ParameterAssignments {

    private ParameterAssignments() {
    }

    /**
     * The values by name, in the order given; a name given twice keeps its last value.
     *
     * @throws ScaffoldException (invalid input) for an assignment without a name and {@code =}
     */
    static Map<String, String> parse(List<String> assignments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw ScaffoldException.invalidInput("-P expects NAME=VALUE, not '" + assignment + "'");
            }
            values.put(assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        return values;
    }
}
