package io.horae.gateway.page;

import io.horae.access.Scopes;
import io.horae.gateway.Admission;
import io.horae.gateway.ProblemResponse;
import io.horae.access.Caller;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tenant's booking page as its admin sets it: {@code GET} and {@code PUT /api/v1/booking-page}, and its logo
 * with {@code PUT} (the image as the body) and {@code DELETE /api/v1/booking-page/logo} (scope {@code admin}). The
 * page is off until the tenant turns it on.
 */
@ApplicationScoped
public class BookingPageAdministration {
    private static final String PATH = "/api/v1/booking-page";
    /** A logo is shown small in the page's header; it must not weigh more than the rest of the page. */
    static final int LARGEST_LOGO = 64 * 1024;

    private final BookingPages pages;

    public BookingPageAdministration(BookingPages pages) {
        this.pages = pages;
    }

    /** Installs the routes; they run after the caller was authenticated (order {@code order}). */
    public void install(Router router, int order) {
        router.get(PATH).order(order).handler(this::show);
        router.put(PATH).order(order).handler(BodyHandler.create(false).setBodyLimit(16 * 1024)).handler(this::set);
        router.put(PATH + "/logo").order(order).handler(BodyHandler.create(false).setBodyLimit(LARGEST_LOGO))
                .handler(this::setLogo);
        router.delete(PATH + "/logo").order(order).handler(context -> {
            Caller caller = admin(context);
            if (caller != null) {
                storeLogo(context, caller, null);
            }
        });
    }

    private void setLogo(RoutingContext context) {
        Caller caller = admin(context);
        if (caller == null) {
            return;
        }
        String declared = String.valueOf(context.request().getHeader("Content-Type")).split(";")[0].strip();
        String type = PageLogo.typeOf(context.body().buffer());
        if (type == null || !type.equalsIgnoreCase(declared)) {
            ProblemResponse.send(context, 415, "Unsupported Media Type", "the logo must be a PNG, JPEG or WebP image "
                    + "of at most " + LARGEST_LOGO / 1024 + " KiB, sent with its Content-Type");
            return;
        }
        storeLogo(context, caller, new BookingPages.Logo(type, context.body().buffer(), null));
    }

    private void storeLogo(RoutingContext context, Caller caller, BookingPages.Logo logo) {
        pages.saveLogo(caller.tenant(), logo).compose(saved -> pages.find(caller.tenant())).onComplete(found -> {
            if (found.failed() || found.result().isEmpty()) {
                ProblemResponse.send(context, 503, "Service Unavailable", "the logo cannot be stored now");
            } else {
                context.json(view(found.result().get()));
            }
        });
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
                context.json(view(found.result().get()));
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
            return pages.save(caller.tenant(), parsed.settings()).compose(saved -> pages.find(caller.tenant()))
                    .onSuccess(saved -> context.json(view(saved.orElseThrow())));
        }).onFailure(failure -> ProblemResponse.send(context, 503, "Service Unavailable",
                "the booking page cannot be stored now"));
    }

    private static JsonObject view(BookingPages.Page page) {
        return page.settings().toJson().put("url", "/book/" + page.tenant()).put("logoUrl", PageLogo.url(page));
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
