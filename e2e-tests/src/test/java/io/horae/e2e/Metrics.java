package io.horae.e2e;

import java.util.Arrays;

/** Reads series out of the Prometheus text format. */
final class Metrics {
    private Metrics() {
    }

    /** The sum of the samples of {@code name} whose labels include every one of {@code labels} ({@code key="value"}). */
    static double sum(String text, String name, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .map(line -> line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line) // an exemplar
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The {@code horae_…} series the files in {@code directory} (dashboards, alert rules) read. */
    static java.util.Set<String> named(java.nio.file.Path directory) {
        java.util.regex.Pattern series = java.util.regex.Pattern.compile("horae_[a-z_]+");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(directory)) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (java.nio.file.Path file : files.toList()) {
                series.matcher(java.nio.file.Files.readString(file)).results().map(java.util.regex.MatchResult::group)
                        .forEach(names::add);
            }
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code name} is exposed at all. */
    static boolean has(String text, String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
