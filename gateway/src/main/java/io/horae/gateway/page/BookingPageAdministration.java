package io.horae.gateway.page;

import io.horae.access.Scopes;
import io.horae.gateway.Admission;
import io.horae.gateway.ProblemResponse;
import io.horae.gateway.key.Caller;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tenant's booking page as its admin sets it: {@code GET} and {@code PUT /api/v1/booking-page} (scope
 * {@code admin}). The page is off until the tenant turns it on.
 */
@ApplicationScoped
public class BookingPageAdministration {
    private static final String PATH = "/api/v1/booking-page";

    private final BookingPages pages;

    public BookingPageAdministration(BookingPages pages) {
        this.pages = pages;
    }

    /** Installs the routes; they run after the caller was authenticated (order {@code order}). */
    public void install(Router router, int order) {
        router.get(PATH).order(order).handler(this::show);
        router.put(PATH).order(order).handler(BodyHandler.create(false).setBodyLimit(16 * 1024)).handler(this::set);
    }

    private void show(RoutingContext context) {
        Caller caller = admin(context);
        if (caller == null) {
            return;
        }
        pages.find(caller.tenant()).onComplete(found -> {
            if (found.failed() || found.result().isEmpty()) {
                ProblemResponse.send(context, 503, "Service Unavailable", "the booking page cannot be read now");
            } else {
                context.json(view(found.result().get().tenant(), found.result().get().settings()));
            }
        });
    }

    private void set(RoutingContext context) {
        Caller caller = admin(context);
        if (caller == null) {
            return;
        }
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        if (body == null) {
            ProblemResponse.send(context, 400, "Bad Request", "the body must be a JSON object");
            return;
        }
        JsonObject asked = body;
        pages.find(caller.tenant()).compose(found -> {
            PageSettings.Result parsed = PageSettings.parse(asked, found.map(BookingPages.Page::tenantName)
                    .orElse(caller.tenant()));
            if (parsed.settings() == null) {
                JsonArray errors = new JsonArray(parsed.problems().stream().map(p -> new JsonObject()
                        .put("field", p.field()).put("message", p.message())).toList());
                context.response().setStatusCode(400).putHeader("Content-Type", ProblemResponse.MEDIA_TYPE)
                        .end(ProblemResponse.body(400, "Bad Request", "the booking page has bad fields",
                                context.request().path()).put("errors", errors).encode());
                return io.vertx.core.Future.succeededFuture();
            }
            return pages.save(caller.tenant(), parsed.settings())
                    .onSuccess(saved -> context.json(view(caller.tenant(), saved)));
        }).onFailure(failure -> ProblemResponse.send(context, 503, "Service Unavailable",
                "the booking page cannot be stored now"));
    }

    private static JsonObject view(String tenant, PageSettings settings) {
        return settings.toJson().put("url", "/book/" + tenant);
    }

    /** The caller if it is the tenant's admin; otherwise the refusal is answered and the result is null. */
    private static Caller admin(RoutingContext context) {
        context.request().resume();
        Caller caller = Admission.caller(context);
        if (!Scopes.permits(caller.scopes(), Scopes.ADMIN)) {
            ProblemResponse.send(context, 403, "Forbidden", "the API key lacks the scope " + Scopes.ADMIN);
            return null;
        }
        return caller;
    }
}
