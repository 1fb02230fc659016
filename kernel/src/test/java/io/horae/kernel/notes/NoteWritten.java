package io.horae.kernel.notes;

import io.horae.events.EventType;

import java.util.UUID;

public record NoteWritten(UUID noteId, String text) {
    public static final EventType<NoteWritten> TYPE =
            new EventType<>("note.written.v1", "horae.test.notes", NoteWritten.class);
}
