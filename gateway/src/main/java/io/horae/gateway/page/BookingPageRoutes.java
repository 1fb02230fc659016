package io.horae.gateway.page;

import io.horae.access.Headers;
import io.horae.gateway.Admission;
import io.horae.gateway.ExpiringMap;
import io.horae.gateway.ProblemResponse;
import io.horae.gateway.access.RateLimiter;
import io.horae.gateway.TokenBucket;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.access.Caller;
import io.horae.gateway.key.KeyAdministration;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A tenant's public booking page at {@code /book/{tenant}}: the page itself and the few JSON calls it makes, open to
 * anyone while the tenant has the page on. Visitors act with only the scopes booking needs, share the tenant's rate
 * limit, and each address has a small limit of its own, so that one visitor cannot spend the tenant's.
 */
@ApplicationScoped
public class BookingPageRoutes {
    private static final Logger LOG = Logger.getLogger(BookingPageRoutes.class);
    /** What a visitor may do: read the catalogue, hold, and book as a customer. */
    static final Set<String> VISITOR_SCOPES = Set.of("catalog:read", "reservations:write", "customers:write",
            "bookings:write");
    private static final int ADDRESS_PER_SECOND = 5;
    private static final int ADDRESS_BURST = 40;
    private static final String PAGE = "horae.page";
    private static final String SESSION = "horae.customer-session";

    private final BookingPages pages;
    private final PublicBooking booking;
    private final NativeApi nativeApi;
    private final RateLimiter rateLimiter;
    private final PageAssets assets;
    private final MyBookings myBookings;
    private final CustomerSessions sessions;
    private final PageLogo logo;
    private final ExpiringMap<String, TokenBucket> addresses = new ExpiringMap<>(Duration.ofMinutes(5), 100_000, true);

    public BookingPageRoutes(BookingPages pages, PublicBooking booking, NativeApi nativeApi, RateLimiter rateLimiter,
                             PageAssets assets, MyBookings myBookings, CustomerSessions sessions, PageLogo logo) {
        this.pages = pages;
        this.booking = booking;
        this.nativeApi = nativeApi;
        this.rateLimiter = rateLimiter;
        this.assets = assets;
        this.myBookings = myBookings;
        this.sessions = sessions;
        this.logo = logo;
    }

    public void install(Router router, Vertx vertx) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(8 * 1024);
        router.route("/book/:tenant/*").order(-100).handler(this::admit);
        router.get("/book/:tenant").order(-100).handler(BookingPageRoutes::toFolder);
        router.get("/book/:tenant/").order(-99).handler(c -> assets.page(c, page(c)));
        // the page again, opened at its password form (the link of an account's invitation)
        router.get("/book/:tenant/password").order(-99).handler(c -> assets.page(c, page(c)));
        router.get("/book/:tenant/assets/:file").order(-99).handler(assets::file);
        router.get("/book/:tenant/embed.js").order(-99).handler(assets::embed);
        router.get("/book/:tenant/logo").order(-99).handler(c -> logo.serve(c, c.get(PAGE)));
        router.options("/book/:tenant/api/*").order(-99).handler(BookingPageRoutes::preflight);
        router.get("/book/:tenant/api/page").order(-99)
                .handler(c -> answer(c, 200, () -> booking.catalogue(calls(c), c.get(PAGE))));
        router.get("/book/:tenant/api/days").order(-99).handler(c -> answer(c, 200, () -> booking.days(calls(c),
                page(c), inARow(c), uuid(c, "locationId"), parsed(c, "month", YearMonth::parse))));
        router.get("/book/:tenant/api/starts").order(-99).handler(c -> answer(c, 200, () -> booking.starts(calls(c),
                page(c), inARow(c), uuid(c, "locationId"), parsed(c, "date", LocalDate::parse))));
        router.post("/book/:tenant/api/holds").order(-99).handler(body).handler(c -> answer(c, 201,
                () -> json(c, (calls, json) -> json.getValue("then") != null
                        ? booking.holdInARow(calls, page(c), inARow(field(json, "serviceId"), json.getValue("then")),
                        field(json, "locationId"), json.getValue("start") instanceof String s ? s : null)
                        : json.getValue("classId") != null
                        ? booking.hold(calls, page(c), field(json, "serviceId"), null, null, field(json, "classId"))
                        : booking.hold(calls, page(c), field(json, "serviceId"), field(json, "resourceId"),
                        json.getValue("start") instanceof String s ? s : null, null))));
        router.post("/book/:tenant/api/waitlist").order(-99).handler(body).handler(c -> answer(c, 201,
                () -> json(c, (calls, json) -> booking.waitFor(calls, page(c), field(json, "serviceId"),
                        field(json, "classId"), json))));
        router.post("/book/:tenant/api/bookings").order(-99).handler(body).handler(c -> answer(c, 201,
                () -> json(c, (calls, json) -> booking.book(calls, page(c), field(json, "holdId"), json))));
        router.post("/book/:tenant/api/sessions").order(-99).handler(body).handler(c -> answer(c, 201,
                () -> json(c, (calls, json) -> myBookings.signIn(calls, json.getValue("token")))));
        router.post("/book/:tenant/api/passwords").order(-99).handler(body).handler(c -> answer(c, 201,
                () -> json(c, (calls, json) -> myBookings.acceptInvitation(calls, json.getValue("token"),
                        json.getValue("password")))));
        router.post("/book/:tenant/api/sign-in-links").order(-99).handler(body).handler(c -> answer(c, 202,
                () -> json(c, (calls, json) -> myBookings.mailLink(calls, json.getValue("email")))));
        router.get("/book/:tenant/api/my").order(-99).handler(c -> answer(c, 200, () -> signedIn(c)
                .compose(customer -> myBookings.overview(calls(c), page(c), customer))));
        router.post("/book/:tenant/api/my/bookings/:booking/credit-payments").order(-99).handler(c -> answer(c, 201,
                () -> signedIn(c).compose(customer -> myBookings.payFromCredit(calls(c), page(c), customer,
                        c.pathParam("booking")))));
        router.delete("/book/:tenant/api/sessions").order(-99).handler(c -> answer(c, 200,
                () -> sessions.close(c.get(SESSION)).map(done -> new JsonObject())));
        router.route("/book/:tenant/*").order(-98).handler(c -> ProblemResponse.send(c, 404, "Not Found",
                "no such page"));
        vertx.setPeriodic(Duration.ofMinutes(1).toMillis(), id -> addresses.sweep());
    }

    /** The page's files are named relative to {@code /book/{tenant}/}: a link without the slash is sent there. */
    private static void toFolder(RoutingContext context) {
        if (context.request().path().endsWith("/")) {
            context.next();
            return;
        }
        String tenant = context.pathParam("tenant");
        if (!KeyAdministration.TENANT_ID.matcher(tenant).matches()) {
            ProblemResponse.send(context, 404, "Not Found", "this merchant has no booking page");
            return;
        }
        context.response().setStatusCode(301).putHeader("Location", "/book/" + tenant + "/").end();
    }

    /** Lets a visitor in while the tenant's page is on and neither the address's nor the tenant's limit is spent. */
    private void admit(RoutingContext context) {
        String requestId = Admission.newRequestId();
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            context.put(SESSION, authorization.substring("Bearer ".length()).trim());
        }
        context.request().headers().set(Headers.REQUEST_ID, requestId).remove("Authorization");
        context.response().putHeader(Headers.REQUEST_ID, requestId);
        String tenant = context.pathParam("tenant");
        if (!KeyAdministration.TENANT_ID.matcher(tenant).matches()) {
            ProblemResponse.send(context, 404, "Not Found", "this merchant has no booking page");
            return;
        }
        String address = Admission.clientAddress(context.request());
        long now = System.nanoTime();
        long wait = addresses.computeIfAbsent(tenant + " " + address,
                k -> new TokenBucket(ADDRESS_PER_SECOND, ADDRESS_BURST, now)).take(now);
        if (wait > 0) {
            context.response().putHeader("Retry-After", Long.toString(Math.max(1, wait / 1_000_000_000L)));
            ProblemResponse.send(context, 429, "Too Many Requests", "too many requests from this address");
            return;
        }
        context.request().pause();
        pages.find(tenant).onComplete(found -> {
            context.request().resume();
            if (found.failed()) {
                LOG.warnf("booking page of %s cannot be read: %s", tenant, found.cause().getMessage());
                ProblemResponse.send(context, 503, "Service Unavailable", "the booking page cannot be shown now");
            } else if (found.result().isEmpty() || !found.result().get().settings().enabled()) {
                ProblemResponse.send(context, 404, "Not Found", "this merchant has no booking page");
            } else if (rateLimiter.secondsToWait(visitor(found.result().get())) > 0) {
                ProblemResponse.send(context, 429, "Too Many Requests", "the booking page is busy; try again soon");
            } else {
                context.put(PAGE, found.result().get());
                allowOrigin(context, found.result().get().settings());
                context.next();
            }
        });
    }

    /**
     * Lets the tenant's embedding origins call the page's API from their own scripts (CORS): the answer names the
     * request's origin when it is one of them, and no other.
     */
    private static void allowOrigin(RoutingContext context, PageSettings page) {
        String origin = context.request().getHeader("Origin");
        context.response().putHeader("Vary", "Origin");
        if (page.embeddableBy(origin) && context.request().path().contains("/api/")) {
            context.response().putHeader("Access-Control-Allow-Origin", origin);
        }
    }

    /** A browser asking whether an embedding origin's script may call the API (answered with no body either way). */
    private static void preflight(RoutingContext context) {
        if (context.response().headers().contains("Access-Control-Allow-Origin")) {
            context.response().putHeader("Access-Control-Allow-Methods", "GET, POST, DELETE")
                    .putHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, Accept-Language")
                    .putHeader("Access-Control-Max-Age", "600");
        }
        context.response().setStatusCode(204).end();
    }

    /** The services the visitor chose in a row: {@code serviceId}, then those of {@code then} (comma-separated). */
    private static List<UUID> inARow(RoutingContext context) {
        return inARow(uuid(context, "serviceId"), context.queryParams().get("then"));
    }

    private static List<UUID> inARow(UUID first, Object then) {
        List<UUID> services = new ArrayList<>(List.of(first));
        if (then == null || "".equals(then)) {
            return services;
        }
        String[] next = String.valueOf(then).split(",", PublicBooking.MOST_IN_A_ROW + 1);
        if (next.length >= PublicBooking.MOST_IN_A_ROW) {
            throw Refusal.badField("then", "may name at most " + (PublicBooking.MOST_IN_A_ROW - 1) + " services");
        }
        for (String id : next) {
            try {
                services.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                throw Refusal.badField("then", "must be service ids separated by commas");
            }
        }
        return services;
    }

    /** The customer signed in by the request's session, or a 401. */
    private Future<UUID> signedIn(RoutingContext context) {
        return sessions.customer(context.<BookingPages.Page>get(PAGE).tenant(), context.get(SESSION))
                .compose(customer -> customer.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
                        new Refusal(401, null, "sign in again: the session has ended"))));
    }

    /** The caller a visitor acts as: one per tenant, with only the visitor's scopes. */
    private static Caller visitor(BookingPages.Page page) {
        UUID id = UUID.nameUUIDFromBytes(("booking-page|" + page.tenant()).getBytes(StandardCharsets.UTF_8));
        return new Caller(id, null, page.tenant(), VISITOR_SCOPES, null, page.requestsPerSecond(), page.burst());
    }

    private static PageSettings page(RoutingContext context) {
        return context.<BookingPages.Page>get(PAGE).settings();
    }

    private NativeApi.Calls calls(RoutingContext context) {
        return nativeApi.as(visitor(context.get(PAGE)), context);
    }

    private Future<JsonObject> json(RoutingContext context, BiFunction<NativeApi.Calls, JsonObject,
            Future<JsonObject>> call) {
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        return body == null ? Future.failedFuture(new Refusal(400, null, "the body must be a JSON object"))
                : call.apply(calls(context), body);
    }

    private static UUID uuid(RoutingContext context, String name) {
        return parsed(context, name, UUID::fromString);
    }

    /** The query parameter, parsed; a missing or bad one stops the call with a 400 naming it. */
    private static <T> T parsed(RoutingContext context, String name, Function<String, T> parse) {
        String value = context.queryParams().get(name);
        try {
            if (value != null && value.length() <= 40) {
                return parse.apply(value);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below
        }
        throw Refusal.badField(name, value == null ? "is required" : "is not valid");
    }

    private static UUID field(JsonObject json, String name) {
        try {
            return UUID.fromString(String.valueOf(json.getValue(name)));
        } catch (IllegalArgumentException e) {
            throw Refusal.badField(name, "must be an id");
        }
    }

    /** Answers the call's result as JSON, a refusal as problem details with every bad field. */
    private static void answer(RoutingContext context, int status, Supplier<Future<?>> call) {
        Future<?> result;
        try {
            result = call.get();
        } catch (Refusal refusal) {
            result = Future.failedFuture(refusal);
        }
        result.onComplete(done -> {
            if (context.response().ended()) {
                return;
            }
            if (done.succeeded()) {
                context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store").end(io.vertx.core.json.Json.encode(done.result()));
            } else {
                refuse(context, done.cause());
            }
        });
    }

    private static void refuse(RoutingContext context, Throwable failure) {
        if (!(failure instanceof Refusal refusal)) {
            LOG.warnf(failure, "booking page call failed");
            ProblemResponse.send(context, 503, "Service Unavailable", "the booking cannot be made right now");
            return;
        }
        JsonObject problem = ProblemResponse.body(refusal.status(), "Refused", refusal.getMessage(),
                context.request().path());
        if (!refusal.errors().isEmpty()) {
            problem.put("errors", refusal.errors());
        } else if (refusal.field() != null) {
            problem.put("errors", new io.vertx.core.json.JsonArray().add(new JsonObject()
                    .put("field", refusal.field()).put("message", refusal.getMessage())));
        }
        if (refusal.nextStarts() != null) {
            problem.put("nextStarts", refusal.nextStarts());
        }
        context.response().setStatusCode(refusal.status()).putHeader("Content-Type", ProblemResponse.MEDIA_TYPE)
                .end(problem.encode());
    }
}
