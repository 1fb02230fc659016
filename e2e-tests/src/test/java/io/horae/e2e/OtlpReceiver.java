package io.horae.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A trace backend of the test's own: an OTLP/HTTP receiver ({@code POST /v1/traces}) keeping every span the services
 * export. Quarkus's exporter sends OTLP as protobuf (it has no JSON encoding), so the request is read with the few
 * rules of the protobuf wire format that {@code ExportTraceServiceRequest} needs.
 */
final class OtlpReceiver implements AutoCloseable {
    /** One exported span: the service that made it, its ids, name, kind (1 internal ... 5 consumer), attributes. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentId, String name, int kind,
                        Map<String, String> attributes) {
        static final int SERVER = 2;
        static final int CLIENT = 3;
        static final int PRODUCER = 4;
        static final int CONSUMER = 5;
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** What {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set to. */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            read(body.readAllBytes());
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2 spans } }. */
    private void read(byte[] request) {
        for (byte[] resourceSpans : Message.of(request).messages(1)) {
            Message resource = Message.of(resourceSpans);
            String service = attributes(Message.of(resource.bytes(1)), 1).get("service.name");
            for (byte[] scopeSpans : resource.messages(2)) {
                for (byte[] span : Message.of(scopeSpans).messages(2)) {
                    spans.add(span(service, Message.of(span)));
                }
            }
        }
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes. */
    private static ReceivedSpan span(String service, Message span) {
        HexFormat hex = HexFormat.of();
        return new ReceivedSpan(service, hex.formatHex(span.bytes(1)), hex.formatHex(span.bytes(2)),
                hex.formatHex(span.bytes(4)), span.string(5), (int) span.number(6), attributes(span, 9));
    }

    /** Repeated KeyValue at field 9 of a span or 1 of a resource: 1 key, 2 AnyValue {1 string, 2 bool, 3 int}. */
    private static Map<String, String> attributes(Message owner, int field) {
        Map<String, String> attributes = new HashMap<>();
        for (byte[] keyValue : owner.messages(field)) {
            Message pair = Message.of(keyValue);
            Message value = Message.of(pair.bytes(2));
            attributes.put(pair.string(1), value.has(1) ? value.string(1) : Long.toString(value.number(3)));
        }
        return attributes;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One protobuf message: each field number with its values (varints and fixed numbers as longs, the rest bytes). */
    private record Message(Map<Integer, List<Object>> fields) {
        static Message of(byte[] bytes) {
            Map<Integer, List<Object>> fields = new HashMap<>();
            int[] at = {0};
            while (at[0] < bytes.length) {
                long tag = varint(bytes, at);
                int wireType = (int) (tag & 7);
                Object value = switch (wireType) {
                    case 0 -> varint(bytes, at);
                    case 1 -> fixed(bytes, at, 8);
                    case 2 -> {
                        int length = (int) varint(bytes, at);
                        byte[] slice = java.util.Arrays.copyOfRange(bytes, at[0], at[0] + length);
                        at[0] += length;
                        yield slice;
                    }
                    case 5 -> fixed(bytes, at, 4);
                    default -> throw new IllegalArgumentException("wire type " + wireType + " is not OTLP's");
                };
                fields.computeIfAbsent((int) (tag >>> 3), f -> new ArrayList<>()).add(value);
            }
            return new Message(fields);
        }

        boolean has(int field) {
            return fields.containsKey(field);
        }

        List<byte[]> messages(int field) {
            return fields.getOrDefault(field, List.of()).stream().map(byte[].class::cast).toList();
        }

        byte[] bytes(int field) {
            List<byte[]> values = messages(field);
            return values.isEmpty() ? new byte[0] : values.get(0);
        }

        String string(int field) {
            return new String(bytes(field), StandardCharsets.UTF_8);
        }

        long number(int field) {
            List<Object> values = fields.getOrDefault(field, List.of());
            return values.isEmpty() ? 0 : (Long) values.get(0);
        }

        private static long varint(byte[] bytes, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at[0]++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        private static long fixed(byte[] bytes, int[] at, int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value |= (long) (bytes[at[0]++] & 0xFF) << (8 * i);
            }
            return value;
        }
    }
}
