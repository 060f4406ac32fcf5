package com.example.metaflow.stepfunctions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * The Allow statements a synthesized template gives one managed policy or one role, with their
 * CloudFormation intrinsics rendered as text ({@code {"Ref": "X"}} as {@code ${X}}, GetAtt as
 * {@code ${X.Arn}}), and IAM's matching of actions and resources (wildcards {@code *} and {@code ?}).
 * Conditions only narrow an Allow, so {@link #allows} ignores them; tests check them on their own.
 */
record PolicyStatements(List<Map<String, Object>> statements) {

    /** The statements of the AWS::IAM::ManagedPolicy whose logical ID starts with {@code logicalIdPrefix}. */
    static PolicyStatements ofManagedPolicy(Template template, String logicalIdPrefix) {
        List<Map<String, Object>> found = new ArrayList<>();
        resources(template, "AWS::IAM::ManagedPolicy").forEach((id, properties) -> {
            if (id.startsWith(logicalIdPrefix)) {
                found.addAll(statementsOf(properties));
            }
        });
        return new PolicyStatements(found);
    }

    /** The statements of every AWS::IAM::Policy attached to the role with this logical ID. */
    static PolicyStatements ofRole(Template template, String roleLogicalId) {
        List<Map<String, Object>> found = new ArrayList<>();
        resources(template, "AWS::IAM::Policy").forEach((id, properties) -> {
            if (((List<?>) properties.get("Roles")).contains(Map.of("Ref", roleLogicalId))) {
                found.addAll(statementsOf(properties));
            }
        });
        return new PolicyStatements(found);
    }

    /** The logical ID of the resource behind a CDK token, e.g. a role's ARN. */
    static String logicalId(Stack stack, Object token) {
        String rendered = render(stack.resolve(token));
        return rendered.substring(2, rendered.indexOf('.') > 0 ? rendered.indexOf('.') : rendered.indexOf('}'));
    }

    /** Renders a resolved CloudFormation value as text. */
    static String render(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Object argument = map.values().iterator().next();
            switch ((String) map.keySet().iterator().next()) {
                case "Ref":
                    return "${" + argument + "}";
                case "Fn::GetAtt":
                    return "${" + ((List<?>) argument).get(0) + "." + ((List<?>) argument).get(1) + "}";
                case "Fn::Join":
                    List<?> join = (List<?>) argument;
                    return ((List<?>) join.get(1)).stream().map(PolicyStatements::render)
                            .collect(Collectors.joining((String) join.get(0)));
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("cannot render " + value);
    }

    /** Whether some statement allows {@code action} on {@code resource} (an ARN, or "*"). */
    boolean allows(String action, String resource) {
        return statements.stream().anyMatch(statement -> texts(statement.get("Action")).stream()
                .anyMatch(granted -> matches(granted, action, true))
                && texts(statement.get("Resource")).stream().anyMatch(granted -> matches(granted, resource, false)));
    }

    /** Every action any statement grants. */
    Set<String> actions() {
        return statements.stream().flatMap(statement -> texts(statement.get("Action")).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The statements that grant {@code action}. */
    List<Map<String, Object>> granting(String action) {
        return statements.stream().filter(statement -> texts(statement.get("Action")).contains(action)).toList();
    }

    /** The statements with Resource "*". */
    List<Map<String, Object>> onEveryResource() {
        return statements.stream().filter(statement -> texts(statement.get("Resource")).contains("*")).toList();
    }

    /** The actions of these statements. */
    static Set<String> actionsOf(List<Map<String, Object>> statements) {
        return new PolicyStatements(statements).actions();
    }

    /** A statement's Condition with each key's values rendered and joined by ",". */
    @SuppressWarnings("unchecked")
    static Map<String, Object> renderedCondition(Object condition) {
        Map<String, Object> result = new TreeMap<>();
        ((Map<String, Map<String, Object>>) condition).forEach((operator, keys) -> {
            Map<String, Object> values = new TreeMap<>();
            keys.forEach((key, value) -> values.put(key, String.join(",", texts(value))));
            result.put(operator, values);
        });
        return result;
    }

    static List<String> texts(Object value) {
        return value instanceof Collection<?> values ? values.stream().map(PolicyStatements::render).toList()
                : List.of(render(value));
    }

    private static boolean matches(String pattern, String value, boolean ignoreCase) {
        String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(value).matches();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOf(Map<String, Object> properties) {
        Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
        List<Map<String, Object>> statements = (List<Map<String, Object>>) document.get("Statement");
        statements.forEach(statement -> {
            if (!"Allow".equals(statement.get("Effect")) || !statement.containsKey("Action")
                    || !statement.containsKey("Resource")) {
                throw new IllegalStateException("expected only Allow statements with Action and Resource: " + statement);
            }
        });
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> resources(Template template, String type) {
        Map<String, Map<String, Object>> properties = new TreeMap<>();
        ((Map<String, Object>) template.toJSON().get("Resources")).forEach((id, resource) -> {
            Map<String, Object> body = (Map<String, Object>) resource;
            if (type.equals(body.get("Type"))) {
                properties.put(id, (Map<String, Object>) body.get("Properties"));
            }
        });
        return properties;
    }
}
