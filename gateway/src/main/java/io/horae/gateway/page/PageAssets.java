package io.horae.gateway.page;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The booking page's files, read once from {@code page/}: one HTML page for every tenant (its script reads the
 * tenant's page from the JSON calls), its script and style, and {@code embed.js}, which puts the page in an iframe
 * on a merchant's own site. The page may be framed only by the tenant's embedding origins.
 */
@ApplicationScoped
public class PageAssets {
    private static final Map<String, String> TYPES = Map.of("booking.js", "text/javascript; charset=utf-8",
            "booking.css", "text/css; charset=utf-8");

    private final Buffer html = read("booking.html");
    private final Buffer embed = read("embed.js");
    private final Map<String, Buffer> files = Map.of("booking.js", read("booking.js"), "booking.css",
            read("booking.css"));

    void page(RoutingContext context, PageSettings page) {
        String ancestors = String.join(" ", page.embedOrigins());
        context.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors))
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .end(html);
    }

    void file(RoutingContext context) {
        String name = context.pathParam("file");
        Buffer file = files.get(name);
        if (file == null) {
            context.next();
            return;
        }
        context.response().putHeader("Content-Type", TYPES.get(name)).putHeader("Cache-Control", "max-age=3600")
                .putHeader("X-Content-Type-Options", "nosniff").end(file);
    }

    /** The embedding script, served to the tenant's embedding origins' pages (it only adds an iframe). */
    void embed(RoutingContext context) {
        context.response().putHeader("Content-Type", "text/javascript; charset=utf-8")
                .putHeader("Cache-Control", "max-age=3600").putHeader("X-Content-Type-Options", "nosniff")
                .end(embed);
    }

    private static Buffer read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream("/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("page/" + name + " is missing from the gateway");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
