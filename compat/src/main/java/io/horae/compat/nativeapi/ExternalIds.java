package io.horae.compat.nativeapi;

import io.horae.names.api.ExternalIdValue;
import io.horae.names.api.ExternalIdView;
import io.horae.names.api.NewExternalId;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/**
 * The merchant's own identifiers of its objects for one caller, kept by the service that owns each kind of object,
 * in names-api's types.
 */
public final class ExternalIds {
    /** A kind of object that carries external identifiers, and where they are kept. */
    public enum Kind {
        CUSTOMER("customers"), BOOKING("bookings"), RESOURCE("resources"), SERVICE("services");

        private final String path;

        Kind(String path) {
            this.path = "/api/v1/external-ids/" + path;
        }
    }

    private final NativeApi.Calls calls;

    ExternalIds(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<ExternalIdView> add(Kind kind, NewExternalId id) {
        return calls.send(HttpMethod.POST, kind.path, id, ExternalIdView.class);
    }

    /** The identifiers of {@code kind} whose value is {@code value}: one at most, the value being unique. */
    public Future<List<ExternalIdView>> withValue(Kind kind, String value) {
        return calls.sendForList(HttpMethod.GET, kind.path + "?value=" + NativeApi.encoded(value), null,
                ExternalIdView.class);
    }

    public Future<ExternalIdView> change(Kind kind, UUID id, ExternalIdValue value) {
        return calls.send(HttpMethod.PATCH, kind.path + "/" + id, value, ExternalIdView.class);
    }

    public Future<Void> remove(Kind kind, UUID id) {
        return calls.send(HttpMethod.DELETE, kind.path + "/" + id, null);
    }
}
