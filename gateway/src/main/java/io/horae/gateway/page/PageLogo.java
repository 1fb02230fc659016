package io.horae.gateway.page;

import io.horae.gateway.ProblemResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A booking page's logo at {@code /book/{tenant}/logo}: the image the tenant's admin uploaded, served from the gateway
 * itself. Its address carries the time it was changed, so a browser keeps it until it is replaced.
 */
@ApplicationScoped
public class PageLogo {
    private final BookingPages pages;

    public PageLogo(BookingPages pages) {
        this.pages = pages;
    }

    /** The logo's address for the page, or {@code null} when the tenant has none. */
    static String url(BookingPages.Page page) {
        return page.logoChanged() == null ? null
                : "/book/" + page.tenant() + "/logo?v=" + page.logoChanged().toEpochMilli();
    }

    /**
     * The media type the image's first bytes show (PNG, JPEG or WebP), or {@code null} for anything else: a logo
     * is served as what it is, never as what its uploader said.
     */
    static String typeOf(Buffer image) {
        if (image == null || image.length() < 12) {
            return null;
        }
        if (image.getUnsignedByte(0) == 0x89 && "PNG".equals(image.getString(1, 4))) {
            return "image/png";
        }
        if (image.getUnsignedByte(0) == 0xFF && image.getUnsignedByte(1) == 0xD8 && image.getUnsignedByte(2) == 0xFF) {
            return "image/jpeg";
        }
        if ("RIFF".equals(image.getString(0, 4)) && "WEBP".equals(image.getString(8, 12))) {
            return "image/webp";
        }
        return null;
    }

    void serve(RoutingContext context, BookingPages.Page page) {
        pages.logo(page.tenant()).onComplete(found -> {
            if (found.failed()) {
                ProblemResponse.send(context, 503, "Service Unavailable", "the logo cannot be read now");
            } else if (found.result().isEmpty()) {
                ProblemResponse.send(context, 404, "Not Found", "this booking page has no logo");
            } else {
                BookingPages.Logo logo = found.result().get();
                context.response().putHeader("Content-Type", logo.mediaType())
                        .putHeader("Cache-Control", "public, max-age=86400")
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Content-Security-Policy", "default-src 'none'")
                        .end(logo.image());
            }
        });
    }
}
