package io.horae.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites the URL attributes of every span as it starts (HTTP spans set them then), before anything can export
 * them: see {@link Redaction}. Quarkus adds every {@link SpanProcessor} bean to the tracer provider.
 */
@ApplicationScoped
public class RedactingSpanProcessor implements SpanProcessor {
    private record Rule(AttributeKey<String> key, UnaryOperator<String> redaction) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(AttributeKey.stringKey("url.query"), Redaction::query),
            new Rule(AttributeKey.stringKey("url.path"), Redaction::path),
            new Rule(AttributeKey.stringKey("url.full"), Redaction::url),
            new Rule(AttributeKey.stringKey("http.target"), Redaction::url),
            new Rule(AttributeKey.stringKey("http.url"), Redaction::url));

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        for (Rule rule : RULES) {
            String value = span.getAttribute(rule.key());
            if (value != null) {
                span.setAttribute(rule.key(), rule.redaction().apply(value));
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
