package io.horae.compat.nativeapi;

import io.horae.customer.api.CustomValueDefinitionView;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.NewCustomValueDefinition;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;

/** customer-service's definitions of custom values of customers and bookings, for one caller. */
public final class CustomValueDefinitions {
    private static final String DEFINITIONS = "/api/v1/custom-value-definitions";

    private final NativeApi.Calls calls;

    CustomValueDefinitions(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** The definitions of {@code scope}, or only those in use ({@code activeOnly}). */
    public Future<List<CustomValueDefinitionView>> of(CustomValueScope scope, boolean activeOnly) {
        return calls.sendForList(HttpMethod.GET, DEFINITIONS + "?scope=" + scope + (activeOnly ? "&active=true" : ""),
                null, CustomValueDefinitionView.class);
    }

    /** Defines a value; a key defined already is a 409 {@link Refusal}. */
    public Future<CustomValueDefinitionView> define(NewCustomValueDefinition definition) {
        return calls.send(HttpMethod.POST, DEFINITIONS, definition, CustomValueDefinitionView.class);
    }
}
