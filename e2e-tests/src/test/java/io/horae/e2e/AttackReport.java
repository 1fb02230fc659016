package io.horae.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What each attack measured, by attack, written as a Markdown table to {@code target/<file>} at the end. */
final class AttackReport {
    private final String file;
    private final String heading;
    private final Map<String, String> lines = Collections.synchronizedMap(new TreeMap<>());

    AttackReport(String file, String heading) {
        this.file = file;
        this.heading = heading;
    }

    void put(String attack, String measured) {
        lines.put(attack, measured);
    }

    void write() throws IOException {
        StringBuilder report = new StringBuilder("| " + heading + " | measured |\n|---|---|\n");
        lines.forEach((attack, measured) -> report.append("| ").append(attack).append(" | ").append(measured)
                .append(" |\n"));
        Files.writeString(Path.of("target", file), report);
        System.out.println(report);
    }
}
