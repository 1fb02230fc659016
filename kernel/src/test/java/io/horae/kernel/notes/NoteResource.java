package io.horae.kernel.notes;

import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Writes a note and its event in one transaction; {@code rejectAfterWriting} makes the use case fail late. */
// under a path the access table guards (customers), as every path a service serves must be
@Path("/api/v1/customers/notes")
public class NoteResource {
    public record WriteNote(@NotBlank @Size(max = 20) String text, boolean rejectAfterWriting) {
    }

    private final TenantContext tenant;
    private final Outbox outbox;

    public NoteResource(TenantContext tenant, Outbox outbox) {
        this.tenant = tenant;
        this.outbox = outbox;
    }

    @POST
    public Uni<Response> write(@Valid WriteNote request) {
        return write(tenant.id(), request)
                .map(note -> Response.created(URI.create("/api/v1/customers/notes/" + note.id)).entity(note).build());
    }

    @WithTransaction
    Uni<Note> write(String tenantId, WriteNote request) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.tenantId = tenantId;
        note.text = request.text();
        return note.<Note>persist()
                .call(() -> outbox.append(tenantId, note.id, NoteWritten.TYPE, new NoteWritten(note.id, note.text)))
                .invoke(() -> {
                    if (request.rejectAfterWriting()) {
                        throw ProblemException.conflict("rejected after writing " + note.id);
                    }
                });
    }
}
