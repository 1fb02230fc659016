package io.horae.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No persistent field of an entity has an initial value. Hibernate's bytecode-enhanced dirty tracking counts a field
 * written when the entity is constructed as changed, so every entity read with one was written back at the next
 * flush: a read became an UPDATE, raced with real changes (a 500 on a booking list) and, through the catalogue's
 * version trigger, dropped availability's cached catalogue. Values a new object starts with are set where it is made.
 */
class EntityFieldsTest {
    private static final Path ROOT = Path.of(System.getProperty("horae.root", "..")).toAbsolutePath().normalize();
    /** A member of the class (indented once) declared with an initial value, and not static. */
    private static final Pattern INITIALIZED = Pattern.compile("^    (?! )(?!.*\\bstatic\\b)[^(]* \\w+ = .*;$");

    @Test
    void noEntityFieldHasAnInitialValue() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && f.toString().contains("/src/main/java/") && !f.toString().contains("/target/")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.stream().noneMatch(l -> l.startsWith("@Entity"))) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (INITIALIZED.matcher(lines.get(i)).matches()) {
                        found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "entity fields with an initial value");
    }
}
