package io.horae.kernel.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.horae.telemetry.SpanNames;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One trace across Kafka. The outbox stores the W3C trace context of the transaction that wrote an event
 * ({@link #current()}); the relay publishes the event in a producer span continuing it, and sends that span's context
 * as the record's {@code traceparent} header ({@link #publishing}); each consumer continues it in a consumer span
 * around the inbox transaction ({@link #consuming}). With the SDK disabled (the default) every span is a no-op and
 * nothing is stored.
 */
@ApplicationScoped
public class EventTraces {
    static final String TRACEPARENT = "traceparent";
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    /**
     * With the SDK disabled Quarkus makes no spans of its own but still hands out a recording tracer, so the spans of
     * events would be made (and sampled, and named on metrics as exemplars) for nothing: this class then uses none.
     */
    public EventTraces(OpenTelemetry telemetry, @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean disabled) {
        OpenTelemetry used = disabled ? OpenTelemetry.noop() : telemetry;
        this.tracer = used.getTracer("io.horae.events");
        this.propagator = used.getPropagators().getTextMapPropagator();
    }

    /** The {@code traceparent} of the span current here, to store with an event; null when nothing is traced. */
    public String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * A producer span for sending one stored event, continuing the trace it was written in (a new trace when it was
     * written outside any); its context goes into {@code headers}. The caller ends it once the broker acknowledged.
     */
    public Span publishing(String topic, String type, String id, String tenant, String traceparent, Headers headers) {
        Context parent = traceparent == null ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
        Span span = tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER).setParent(parent)
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, topic).setAttribute(OPERATION, "send")
                .setAttribute(MESSAGE_ID, id).setAttribute(EVENT_TYPE, type).setAttribute(SpanNames.TENANT, tenant)
                .startSpan();
        propagator.inject(parent.with(span), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return span;
    }

    /**
     * A consumer span for {@code consumer} acting on one event, continuing the trace of the record's
     * {@code traceparent}. {@link Consumption#enter()} makes it current on the Vert.x context the effect runs on,
     * so every database call of the effect is its child.
     */
    public Consumption consuming(String consumer, String topic, Headers headers, String type, String id,
                                 String tenant) {
        Header traceparent = headers.lastHeader(TRACEPARENT);
        Context parent = traceparent == null ? Context.root() : propagator.extract(Context.root(),
                Map.of(TRACEPARENT, new String(traceparent.value(), StandardCharsets.UTF_8)), FROM_MAP);
        Span span = tracer.spanBuilder(topic + " process " + consumer).setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, topic).setAttribute(OPERATION, "process")
                .setAttribute(CONSUMER_GROUP, consumer).setAttribute(MESSAGE_ID, id).setAttribute(EVENT_TYPE, type)
                .setAttribute(SpanNames.TENANT, tenant)
                .startSpan();
        return new Consumption(parent.with(span), span);
    }

    /** Ends {@code span} with the outcome of what it measured. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getMessage() == null ? "" : failure.getMessage());
        }
        span.end();
    }

    /** A consumer's span around one event's effect. */
    public static final class Consumption {
        private final Context context;
        private final Span span;
        private Scope scope;

        private Consumption(Context context, Span span) {
            this.context = context;
            this.span = span;
        }

        /** Makes the span current on this (the effect's own) Vert.x context, once; retries find it still current. */
        public void enter() {
            if (scope == null) {
                scope = context.makeCurrent();
            }
        }

        public void end(Throwable failure) {
            if (scope != null) {
                scope.close();
            }
            EventTraces.end(span, failure);
        }
    }
}
