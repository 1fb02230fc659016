package io.horae.gateway;

import io.horae.access.Headers;
import io.horae.access.Scopes;
import io.horae.access.Caller;
import io.horae.gateway.key.KeyAdministration;
import io.horae.gateway.page.BookingPageAdministration;
import io.horae.gateway.page.BookingPageRoutes;
import io.horae.gateway.route.InternalTokens;
import io.horae.access.Routes;
import io.horae.gateway.route.Upstreams;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The single entry of the native API. Every {@code /api/} request, once {@link Admission} let it in, is checked
 * against the scope its route needs and streamed to the owning service with a signed internal token in place of the
 * client's credentials.
 */
@ApplicationScoped
public class GatewayRouter {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GatewayRouter.class);
    private final Admission admission;
    private final InternalTokens internalTokens;
    private final Upstreams upstreams;
    private final KeyAdministration administration;
    private final BookingPageAdministration pageAdministration;
    private final BookingPageRoutes pages;
    private static final int LONGEST_REQUEST_LINE = 4096;
    private final long maxBodyBytes;

    public GatewayRouter(Admission admission, InternalTokens internalTokens, Upstreams upstreams,
                         KeyAdministration administration, BookingPageAdministration pageAdministration,
                         BookingPageRoutes pages, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.admission = admission;
        this.internalTokens = internalTokens;
        this.upstreams = upstreams;
        this.administration = administration;
        this.pageAdministration = pageAdministration;
        this.pages = pages;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route().order(-200).handler(this::requestLineWithinLimit);
        router.route("/api/*").order(-100).handler(admission.of(ProblemResponse.NATIVE));
        administration.install(router, -99, Admission::caller);
        pageAdministration.install(router, -99);
        pages.install(router, vertx);
        router.route("/api/*").order(-98).handler(this::forward);
        router.route("/links/*").order(-100).handler(this::forwardLink);
        router.route().failureHandler(GatewayRouter::failed);
        vertx.setPeriodic(30_000, id -> internalTokens.sweep());
    }

    /**
     * A request the gateway's own handlers failed is answered as problem details, never bare: a body over the
     * operation's limit (the body handlers of keys, tenants and the booking page) is a 413.
     */
    private static void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        if (context.statusCode() == 413) {
            refuse(context, 413, "Content Too Large", "the body is larger than this operation takes");
        } else {
            LOG.errorf(context.failure(), "%s %s failed",
                    context.request().method(), context.request().path());
            refuse(context, 500, "Internal Server Error", "the request failed unexpectedly");
        }
    }

    /**
     * A request line longer than {@value #LONGEST_REQUEST_LINE} bytes is refused with 414 as problem details. The
     * HTTP server reads lines of up to 64 KiB ({@code quarkus.http.limits.max-initial-line-length}) so that this
     * handler sees them; a longer one the server itself answers with a bare 414.
     */
    private void requestLineWithinLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + request.uri().length() + 10 > LONGEST_REQUEST_LINE) {
            refuse(context, 414, "URI Too Long", "the request line is longer than " + LONGEST_REQUEST_LINE + " bytes");
            return;
        }
        context.next();
    }

    private void forward(RoutingContext context) {
        Caller caller = Admission.caller(context);
        HttpServerRequest request = context.request();
        Optional<Routes.Route> route = Routes.find(request.path()).filter(r -> upstreams.knows(r.service()));
        if (route.isEmpty()) {
            refuse(context, 404, "Not Found", "no such resource");
            return;
        }
        String required = route.get().requiredScope(request.method().name());
        if (!Scopes.permits(caller.scopes(), required)) {
            refuse(context, 403, "Forbidden", "the API key lacks the scope " + required);
            return;
        }
        request.headers().set("Authorization", "Bearer " + internalTokens.forCaller(caller, route.get().service()));
        upstreams.forward(route.get().service(), context);
    }

    /**
     * Signed customer links (cancel, pay) need no API key: booking-service checks their signature. No credentials
     * are passed on, so a link reaches nothing else.
     */
    private void forwardLink(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = Admission.newRequestId();
        request.headers().set(Headers.REQUEST_ID, requestId).remove("Authorization");
        context.response().putHeader(Headers.REQUEST_ID, requestId);
        if (Admission.declaredLength(request) > maxBodyBytes || !request.path().equals(context.normalizedPath())) {
            refuse(context, 400, "Bad Request", "not a link");
            return;
        }
        if (!upstreams.knows("booking")) {
            refuse(context, 404, "Not Found", "no such link");
            return;
        }
        upstreams.forward("booking", context);
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.request().resume();
        ProblemResponse.send(context, status, title, detail);
    }
}
