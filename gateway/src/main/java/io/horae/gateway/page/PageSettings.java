package io.horae.gateway.page;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a tenant's public booking page looks and what it offers: on or off, its title and colour, the services
 * customers may book on it ({@code null}: every active one), the sites that may embed it and call it from their own
 * scripts, and what customers may pay with on it ({@link #VOUCHER}, {@link #CREDIT}).
 */
public record PageSettings(boolean enabled, String title, String colour, List<UUID> serviceIds,
                           List<String> embedOrigins, List<String> onlinePayments) {
    /** A customer pays with a voucher's code on the confirmation. */
    public static final String VOUCHER = "voucher";
    /** A signed-in customer pays from the credit of their account in My bookings. */
    public static final String CREDIT = "credit";
    static final List<String> EVERY_PAYMENT = List.of(VOUCHER, CREDIT);
    static final String DEFAULT_COLOUR = "#2f6f5e";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final int MOST_ORIGINS = 20;
    private static final int MOST_SERVICES = 200;

    /** A bad field of a requested change, in the words of the request. */
    public record Problem(String field, String message) {
    }

    /** The page a tenant gets when it has not set one: off, titled with the tenant's name. */
    static PageSettings off(String tenantName) {
        return new PageSettings(false, tenantName, DEFAULT_COLOUR, null, List.of(), EVERY_PAYMENT);
    }

    /** Whether customers may pay with {@code means} ({@link #VOUCHER} or {@link #CREDIT}) on this page. */
    public boolean pays(String means) {
        return onlinePayments.contains(means);
    }

    /** Whether customers may book {@code service} on this page. */
    public boolean offers(UUID service) {
        return serviceIds == null || serviceIds.contains(service);
    }

    /** Whether {@code origin} ({@code https://shop.example}) may embed the page and call it from its own pages. */
    public boolean embeddableBy(String origin) {
        return origin != null && embedOrigins.contains(origin);
    }

    public JsonObject toJson() {
        return new JsonObject().put("enabled", enabled).put("title", title).put("colour", colour)
                .put("serviceIds", serviceIds == null ? null : new JsonArray(serviceIds.stream().map(UUID::toString)
                        .toList()))
                .put("embedOrigins", new JsonArray(embedOrigins))
                .put("onlinePayments", new JsonArray(onlinePayments));
    }

    /**
     * The settings a {@code PUT} asks for, or the problems with it. {@code title} falls back to the tenant's name,
     * {@code colour} to the default, {@code serviceIds} to every service, {@code onlinePayments} to every means.
     */
    public static Result parse(JsonObject body, String tenantName) {
        List<Problem> problems = new ArrayList<>();
        Object enabled = body.getValue("enabled");
        if (!(enabled instanceof Boolean)) {
            problems.add(new Problem("enabled", "must be true or false"));
        }
        String title = text(body.getValue("title"), tenantName, "title", 200, problems);
        String colour = text(body.getValue("colour"), DEFAULT_COLOUR, "colour", 7, problems).toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            problems.add(new Problem("colour", "must be a colour like #2f6f5e"));
        }
        List<UUID> services = services(body.getValue("serviceIds"), problems);
        List<String> origins = origins(body.getValue("embedOrigins"), problems);
        List<String> payments = payments(body.getValue("onlinePayments"), problems);
        return problems.isEmpty()
                ? new Result(new PageSettings(Boolean.TRUE.equals(enabled), title, colour, services, origins,
                payments), List.of())
                : new Result(null, problems);
    }

    /** Either settings or the problems that stopped them. */
    public record Result(PageSettings settings, List<Problem> problems) {
    }

    private static String text(Object value, String fallback, String field, int longest, List<Problem> problems) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text) || text.isBlank() || text.length() > longest) {
            problems.add(new Problem(field, "must be text of 1 to " + longest + " characters"));
            return fallback;
        }
        return text.strip();
    }

    private static List<UUID> services(Object value, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray ids) || ids.size() > MOST_SERVICES) {
            problems.add(new Problem("serviceIds", "must be a list of at most " + MOST_SERVICES + " service ids"));
            return null;
        }
        List<UUID> services = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                services.add(UUID.fromString(String.valueOf(ids.getValue(i))));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("serviceIds[" + i + "]", "is not a service id"));
            }
        }
        return List.copyOf(services);
    }

    private static List<String> origins(Object value, List<Problem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray list) || list.size() > MOST_ORIGINS) {
            problems.add(new Problem("embedOrigins", "must be a list of at most " + MOST_ORIGINS + " origins"));
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String origin = origin(list.getValue(i));
            if (origin == null) {
                problems.add(new Problem("embedOrigins[" + i + "]", "must be an origin like https://shop.example"));
            } else {
                origins.add(origin);
            }
        }
        return List.copyOf(origins);
    }

    private static List<String> payments(Object value, List<Problem> problems) {
        if (value == null) {
            return EVERY_PAYMENT;
        }
        if (!(value instanceof JsonArray list) || !EVERY_PAYMENT.containsAll(list.getList())) {
            problems.add(new Problem("onlinePayments", "must be a list of " + String.join(" and ", EVERY_PAYMENT)
                    + ", or empty for none"));
            return EVERY_PAYMENT;
        }
        return EVERY_PAYMENT.stream().filter(list.getList()::contains).toList();
    }

    /** {@code scheme://host[:port]} and nothing else, lower-cased; {@code null} when it is not one. */
    static String origin(Object value) {
        if (!(value instanceof String text) || text.length() > 200) {
            return null;
        }
        try {
            URI uri = new URI(text);
            boolean bare = uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null
                    && uri.getFragment() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
            if (!bare || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return null;
            }
            return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()))
                    .toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
