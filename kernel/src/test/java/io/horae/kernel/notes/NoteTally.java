package io.horae.kernel.notes;

import io.horae.kernel.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts in the database how often each note's event had an effect, and in memory how often it arrived. */
@ApplicationScoped
public class NoteTally {
    private final Inbox inbox;
    private final Map<UUID, AtomicInteger> arrivals = new ConcurrentHashMap<>();

    public NoteTally(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("notes-in")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.receive("note-tally", Inbox.actsOn(NoteWritten.TYPE), record, e -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO note_tally (note_id, deliveries) VALUES (?1, 1)
                        ON CONFLICT (note_id) DO UPDATE SET deliveries = note_tally.deliveries + 1""")
                        .setParameter(1, UUID.fromString(e.subject()))
                        .executeUpdate()).replaceWithVoid())
                .invoke(() -> arrivals.computeIfAbsent(idOf(record.value()), id -> new AtomicInteger()).incrementAndGet());
    }

    private static UUID idOf(String record) {
        return UUID.fromString(record.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }

    public int arrivals(UUID eventId) {
        AtomicInteger count = arrivals.get(eventId);
        return count == null ? 0 : count.get();
    }
}
