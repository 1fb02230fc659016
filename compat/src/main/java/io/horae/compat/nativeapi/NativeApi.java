package io.horae.compat.nativeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.access.Caller;
import io.horae.access.Headers;
import io.horae.access.Routes;
import io.horae.access.Scopes;
import io.horae.compat.host.Gate;
import io.horae.compat.host.Upstream;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The native API as the compatibility routes and the booking page call it: the same services, scopes and internal
 * token as a proxied request. Each service's operations are typed in the shapes of its contract module:
 * {@link Bookings}, {@link Waitlist} and {@link Webhooks} (booking-api); {@link Customers}, {@link Accounts},
 * {@link CustomValueDefinitions} and {@link Wallet} (customer-api); {@link Catalogue} (catalogue-api); {@link Holds}
 * and {@link ProductReservations} (claims-api); {@link Names} and {@link ExternalIds} (names-api). No call site names
 * a path or a field. A native refusal fails the future with a {@link Refusal} carrying its status and message, so
 * that a vendor route answers it in its own envelope.
 */
@ApplicationScoped
public class NativeApi {
    private static final Logger LOG = Logger.getLogger(NativeApi.class);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Where the rest of a list answered in parts starts (availability-service's long answers). */
    private static final String NEXT_FROM = "Horae-Next-From";
    /** Parts of one list read at most: each holds thousands of items. */
    static final int MOST_PARTS = 20;

    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Gate gate;
    private final Upstream upstream;
    private final long timeoutMillis;

    public NativeApi(Vertx vertx, ObjectMapper mapper, Gate gate, Upstream upstream) {
        this.mapper = mapper;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)
                .setConnectTimeout(2000));
        this.gate = gate;
        this.upstream = upstream;
        this.timeoutMillis = upstream.timeout().toMillis();
    }

    /** The native API on behalf of the admitted caller of {@code context}. */
    public Calls of(RoutingContext context) {
        return as(gate.callerOf(context), context);
    }

    /** The native API on behalf of {@code caller}, in the request of {@code context}. */
    public Calls as(Caller caller, RoutingContext context) {
        return new Calls(caller, context.request().getHeader(Headers.REQUEST_ID),
                context.request().getHeader("Accept-Language"), context.request().getHeader(IDEMPOTENCY_KEY),
                gate.clientAddress(context));
    }

    /** Calls on behalf of one caller, in one request. */
    public final class Calls {
        private final Caller caller;
        private final String requestId;
        private final String language;
        private final String idempotencyKey;
        private final String clientAddress;

        Calls(Caller caller, String requestId, String language, String idempotencyKey, String clientAddress) {
            this.clientAddress = clientAddress;
            this.caller = caller;
            this.requestId = requestId;
            this.language = language;
            this.idempotencyKey = idempotencyKey == null || idempotencyKey.length() > 150 ? null : idempotencyKey;
        }

        public String tenant() {
            return caller.tenant();
        }

        public Caller caller() {
            return caller;
        }

        /** booking-service's bookings, in booking-api's types. */
        public Bookings bookings() {
            return new Bookings(this);
        }

        /** booking-service's waiting list, in booking-api's types. */
        public Waitlist waitlist() {
            return new Waitlist(this);
        }

        /** booking-service's webhook subscriptions, in booking-api's types. */
        public Webhooks webhooks() {
            return new Webhooks(this);
        }

        /** customer-service's wallet: credit, passes, sessions owed and vouchers, in customer-api's types. */
        public Wallet wallet() {
            return new Wallet(this);
        }

        /** availability-service's catalogue, in catalogue-api's types. */
        public Catalogue catalogue() {
            return new Catalogue(this);
        }

        /** customer-service's customer accounts and signing in, in customer-api's types. */
        public Accounts accounts() {
            return new Accounts(this);
        }

        /** customer-service's definitions of custom values, in customer-api's types. */
        public CustomValueDefinitions customValueDefinitions() {
            return new CustomValueDefinitions(this);
        }

        /** customer-service's customers, in customer-api's types. */
        public Customers customers() {
            return new Customers(this);
        }

        /** reservations-service's products and product reservations, answered in claims-api's types. */
        public ProductReservations productReservations() {
            return new ProductReservations(this);
        }

        /** The merchant's catalogues of names (tags, segments, price levels, categories), in names-api's types. */
        public Names names() {
            return new Names(this);
        }

        /** The merchant's own identifiers of customers, bookings, resources and services, in names-api's types. */
        public ExternalIds externalIds() {
            return new ExternalIds(this);
        }

        /** reservations-service's holds, in claims-api's types. */
        public Holds holds() {
            return new Holds(this);
        }

        /** A contract type as the JSON it is on the wire, for a vendor that renames a native answer field by field. */
        public JsonObject json(Object answer) {
            return new JsonObject(encode(answer));
        }

        /** The answer of {@code path} read as {@code type}. */
        <T> Future<T> send(HttpMethod method, String path, Object body, Class<T> type) {
            return exchange(method, path, body).map(answer -> decode(answer.body(), mapper.constructType(type)));
        }

        /** The answer of {@code path}, a JSON array, read as a list of {@code type}. */
        <T> Future<List<T>> sendForList(HttpMethod method, String path, Object body, Class<T> type) {
            return exchange(method, path, body).map(answer -> decode(answer.body(), listOf(type)));
        }

        /**
         * Every item of a list the service answers in parts (a part's {@code Horae-Next-From} says where the rest
         * starts): {@code partFrom} asks the question again from that instant, until no part follows. More than
         * {@value #MOST_PARTS} parts, or a part whose rest would start where it started, is a 422 {@link Refusal}: the
         * list cannot be answered whole (it used to be cut there silently).
         */
        <T> Future<List<T>> sendForEveryPart(Instant from, Function<Instant, Question> partFrom, Class<T> type) {
            return everyPart(from, partFrom, listOf(type), new ArrayList<>(), 1);
        }

        private <T> Future<List<T>> everyPart(Instant from, Function<Instant, Question> partFrom, JavaType type,
                                              List<T> found, int part) {
            Question question = partFrom.apply(from);
            return exchange(question.method(), question.path(), question.body()).compose(answer -> {
                found.addAll(decode(answer.body(), type));
                Instant next = answer.nextFrom();
                if (next == null) {
                    return Future.succeededFuture(found);
                }
                if (part == MOST_PARTS || !next.isAfter(from)) {  // too long, or a part that would not move on
                    return Future.failedFuture(new Refusal(422, null, "more than " + found.size()
                            + " answers: ask a shorter range"));
                }
                return everyPart(next, partFrom, type, found, part + 1);
            });
        }

        /** A call whose answer carries nothing the caller reads (a deletion, say), or a failed {@link Refusal}. */
        Future<Void> send(HttpMethod method, String path, Object body) {
            return exchange(method, path, body).mapEmpty();
        }

        /** The answer, or a failed {@link Refusal} for a native refusal or a service out of reach. */
        private Future<Answer> exchange(HttpMethod method, String path, Object body) {
            String plainPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Routes.Route route = Routes.find(plainPath).orElseThrow(() -> new IllegalArgumentException(path));
            String required = route.requiredScope(method.name());
            if (!Scopes.permits(caller.scopes(), required)) {
                return Future.failedFuture(new Refusal(403, null, "the API key lacks the scope " + required));
            }
            RequestOptions options = new RequestOptions().setMethod(method).setURI(path).setIdleTimeout(timeoutMillis)
                    .putHeader("Accept", "application/json")
                    .putHeader(Headers.CLIENT_ADDRESS, clientAddress);
            if (requestId != null) {
                options.putHeader(Headers.REQUEST_ID, requestId);
            }
            if (language != null) {
                options.putHeader("Accept-Language", language);
            }
            if (idempotencyKey != null && method != HttpMethod.GET) {
                // one vendor call may make several native ones: each gets its own key, derived from the client's
                options.putHeader(IDEMPOTENCY_KEY, idempotencyKey + " " + UUID.nameUUIDFromBytes(
                        (method.name() + " " + path).getBytes(StandardCharsets.UTF_8)));
            }
            boolean carriesBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
            Buffer payload = carriesBody ? Buffer.buffer(body == null ? "{}" : encode(body)) : null;
            if (payload != null) {
                options.putHeader("Content-Type", "application/json");
            }
            return upstream.open(client, route.service(), caller, options)
                    .compose(request -> payload == null ? request.send() : request.send(payload))
                    .compose(response -> response.body().map(buffer -> new Answer(refused(route.service(),
                            response.statusCode(), buffer), nextFrom(response.getHeader(NEXT_FROM)))))
                    .recover(failure -> failure instanceof Refusal ? Future.failedFuture(failure)
                            : Future.failedFuture(unavailable(route.service(), failure)));
        }
    }

    /** A question to a service: what {@link Calls#sendForEveryPart} asks once per part. */
    record Question(HttpMethod method, String path, Object body) {
    }

    /** An answer's body, and where the rest of a list answered in parts starts (null: nothing follows). */
    private record Answer(Buffer body, Instant nextFrom) {
    }

    private static Instant nextFrom(String header) {
        try {
            return header == null ? null : Instant.parse(header);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private JavaType listOf(Class<?> type) {
        return mapper.getTypeFactory().constructCollectionType(List.class, type);
    }

    /** {@code body} if {@code status} is not a refusal; else the refusal, thrown. */
    private static Buffer refused(String service, int status, Buffer body) {
        if (status < 400) {
            return body;
        }
        if (parse(body) instanceof JsonObject problem) {
            String message = problem.getString("detail", problem.getString("title", "refused"));
            JsonArray errors = problem.getJsonArray("errors");
            String field = errors == null || errors.isEmpty() ? null : errors.getJsonObject(0).getString("field");
            throw new Refusal(status, field, message, errors == null ? new JsonArray() : errors.copy(),
                    problem.getJsonArray("nextStarts"));
        }
        throw new Refusal(status >= 500 ? 503 : status, null, "the " + service + " service refused the call");
    }

    /** {@code value} as a URL's query parameter value. */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String encode(Object body) {
        if (body instanceof JsonObject || body instanceof JsonArray) {
            return Json.encode(body);
        }
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private <T> T decode(Buffer body, JavaType type) {
        try {
            return mapper.readValue(body.getBytes(), type);
        } catch (IOException e) {
            throw new IllegalStateException("a native answer is not a " + type, e);
        }
    }

    private static Object parse(Buffer body) {
        if (body == null || body.length() == 0) {
            return null;
        }
        try {
            return Json.decodeValue(body);
        } catch (DecodeException e) {
            return null;
        }
    }

    private static Refusal unavailable(String service, Throwable failure) {
        LOG.warnf("%s unreachable for a compatibility call: %s", service, failure.getMessage());
        return new Refusal(503, null, "the " + service + " service cannot be reached right now");
    }
}
