package dev.scaffold.params;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Typed, validated answers to a blueprint's parameters, in name order (so everything derived from them
 * is deterministic).
 */
public final class Answers {

    private final SortedMap<String, Object> values;

    public Answers(Map<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public Map<String, Object> values() {
        return values;
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** The answers that may be written to disk: every one except the secret parameters'. */
    public Map<String, Object> withoutSecrets(List<Parameter> parameters) {
        Map<String, Object> kept = new TreeMap<>(values);
        parameters.stream().filter(Parameter::secret).forEach(parameter -> kept.remove(parameter.name()));
        return kept;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
