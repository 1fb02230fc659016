package io.horae.kernel.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A counter with labels, each combination of values built once (a meter looked up per event costs more than
 * counting it). Values must come from a bounded set (an enum, a status): never a tenant or an id.
 */
public final class LabelledCounter {
    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String[] labels;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    public LabelledCounter(MeterRegistry registry, String name, String description, String... labels) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.labels = labels.clone();
    }

    /** Counts one, with a value per label, in the order the labels were named. */
    public void increment(Object... values) {
        if (values.length != labels.length) {
            throw new IllegalArgumentException(name + " takes " + Arrays.toString(labels));
        }
        List<String> key = Arrays.stream(values).map(String::valueOf).toList();
        counters.computeIfAbsent(key, this::register).increment();
    }

    private Counter register(List<String> values) {
        Counter.Builder builder = Counter.builder(name).description(description);
        for (int i = 0; i < labels.length; i++) {
            builder.tag(labels[i], values.get(i));
        }
        return builder.register(registry);
    }
}
