package io.horae.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;

/**
 * What Horae's spans say of whom they served: the tenant and the request id (the gateway's spans use the same
 * attribute names). Never anything personal: no customer, name, e-mail or token.
 */
public final class SpanNames {
    public static final AttributeKey<String> TENANT = AttributeKey.stringKey("horae.tenant");
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("horae.request_id");

    private SpanNames() {
    }

    /** Names the tenant, and the request when known, on the span current here. */
    public static void describeCurrent(String tenant, String requestId) {
        Span span = Span.current();
        if (span.getSpanContext().isValid()) {
            span.setAttribute(TENANT, tenant);
            if (requestId != null) {
                span.setAttribute(REQUEST_ID, requestId);
            }
        }
    }
}
