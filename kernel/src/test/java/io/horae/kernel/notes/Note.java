package io.horae.kernel.notes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** A test aggregate: writing one publishes {@link NoteWritten} through the outbox. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String text;
}
