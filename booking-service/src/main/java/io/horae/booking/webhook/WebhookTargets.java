package io.horae.booking.webhook;

import io.horae.kernel.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a webhook may go: an https URL (plain http only where allowed) whose host is a public address. Checked
 * when a subscription is made and again before every delivery, after resolving the name: the delivery then
 * connects to the very address that was checked, so a name that resolves elsewhere later (DNS rebinding) cannot
 * send it inside. Addresses in the allowed private ranges pass (tests, local development).
 */
@ApplicationScoped
public class WebhookTargets {
    /** A receiver resolved and checked: the URL to request and the address to connect to. */
    public record Target(URI url, InetAddress address, int port, boolean tls) {
    }

    /** Why a delivery was not attempted, in the words the delivery log shows. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Hosts that are numbers (decimal, octal or hex parts), which resolvers read as addresses in differing ways. */
    private static final Pattern NUMBERS = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    private final WebhookSettings settings;
    private final Vertx vertx;
    private final List<AddressRange> allowed;

    public WebhookTargets(WebhookSettings settings, Vertx vertx) {
        this.settings = settings;
        this.vertx = vertx;
        this.allowed = settings.allowedPrivateRanges().orElse(List.of()).stream().map(AddressRange::parse).toList();
    }

    /**
     * The URL to keep for a new subscription, or a 400: not http(s), plain http where https is required, an
     * address that is not public, or a name that resolves to one. A name that does not resolve now is kept: it is
     * checked at every delivery.
     */
    public Uni<String> checked(String url) {
        URI uri;
        try {
            uri = web(url);
        } catch (Refused e) {
            return Uni.createFrom().failure(ProblemException.badField("url", e.getMessage()));
        }
        return addresses(uri.getHost())
                .onFailure(UnknownHostException.class).recoverWithItem(List.of())
                .map(found -> {
                    if (found.stream().anyMatch(a -> !acceptable(a))) {
                        throw ProblemException.badField("url", "must reach a public address");
                    }
                    return uri.toString();
                });
    }

    /** The receiver of a subscription's URL as it resolves now; fails with {@link Refused} if it may not be sent to. */
    public Uni<Target> resolve(String url) {
        URI uri;
        try {
            uri = web(url);
        } catch (Refused e) {
            return Uni.createFrom().failure(e);
        }
        return addresses(uri.getHost())
                .onFailure(UnknownHostException.class).transform(e -> new Refused("the host does not resolve"))
                .map(found -> {
                    if (found.isEmpty() || found.stream().anyMatch(a -> !acceptable(a))) {
                        throw new Refused("refused: the host is not a public address");
                    }
                    boolean tls = "https".equalsIgnoreCase(uri.getScheme());
                    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
                    return new Target(uri, found.get(0), port, tls);
                });
    }

    private URI web(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new Refused("must be an absolute https URL");
        }
        if (scheme.equals("http") && !settings.plainHttp()) {
            throw new Refused("must be an https URL");
        }
        if (NUMBERS.matcher(uri.getHost()).matches() && !DOTTED_QUAD.matcher(uri.getHost()).matches()) {
            throw new Refused("must name its host or give its IPv4 address as four decimal numbers");
        }
        if (uri.getUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        return uri;
    }

    private boolean acceptable(InetAddress address) {
        return PublicAddresses.isPublic(address) || allowed.stream().anyMatch(range -> range.contains(address));
    }

    /** Every address the host has; an IP literal is its own address and asks no resolver. */
    private Uni<List<InetAddress>> addresses(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return vertx.executeBlocking(Uni.createFrom().<List<InetAddress>>emitter(answer -> {
            try {
                answer.complete(List.of(InetAddress.getAllByName(bare)));
            } catch (UnknownHostException e) {
                answer.fail(e);
            }
        }), false);
    }
}
