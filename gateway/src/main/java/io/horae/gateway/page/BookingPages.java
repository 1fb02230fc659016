package io.horae.gateway.page;

import io.horae.gateway.ExpiringMap;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The tenants' booking pages in the gateway's database. A page is read on every public request, so each is kept for a
 * few seconds; a change through this gateway is seen at once, through another replica within {@link #KEPT}.
 */
@ApplicationScoped
public class BookingPages {
    static final Duration KEPT = Duration.ofSeconds(5);

    /**
     * A tenant with its page: what the page shows, when its logo was last changed ({@code null}: it has none), and
     * the tenant's rate limit that its visitors share.
     */
    public record Page(String tenant, String tenantName, Integer requestsPerSecond, Integer burst,
                       PageSettings settings, Instant logoChanged) {
    }

    /** A page's logo as uploaded: PNG, JPEG or WebP. */
    public record Logo(String mediaType, Buffer image, Instant changed) {
    }

    private final Pool pool;
    private final ExpiringMap<String, Optional<Page>> recent = new ExpiringMap<>(KEPT, 10_000, false);

    public BookingPages(Pool pool) {
        this.pool = pool;
    }

    /** The tenant and its page (off when it has none), or empty when there is no such tenant. */
    public Future<Optional<Page>> find(String tenant) {
        Optional<Page> known = recent.get(tenant);
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return pool.preparedQuery("""
                        select t.id, t.name, t.requests_per_second, t.burst, p.enabled, p.title, p.colour,
                               p.service_ids, p.embed_origins, p.online_payments, l.updated_at as logo_changed
                        from tenant t left join booking_page p on p.tenant_id = t.id
                            left join booking_page_logo l on l.tenant_id = t.id
                        where t.id = $1""")
                .execute(Tuple.of(tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(BookingPages::page))
                .onSuccess(page -> recent.computeIfAbsent(tenant, t -> page));
    }

    /** Stores the tenant's page as {@code settings} say. */
    public Future<PageSettings> save(String tenant, PageSettings settings) {
        return pool.preparedQuery("""
                        insert into booking_page (tenant_id, enabled, title, colour, service_ids, embed_origins,
                            online_payments)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (tenant_id) do update set enabled = excluded.enabled, title = excluded.title,
                            colour = excluded.colour, service_ids = excluded.service_ids,
                            embed_origins = excluded.embed_origins, online_payments = excluded.online_payments,
                            updated_at = now()""")
                .execute(Tuple.from(new Object[]{tenant, settings.enabled(), settings.title(), settings.colour(),
                        settings.serviceIds() == null ? null : settings.serviceIds().toArray(UUID[]::new),
                        settings.embedOrigins().toArray(String[]::new),
                        settings.onlinePayments().toArray(String[]::new)}))
                .map(done -> settings)
                .onSuccess(saved -> recent.remove(tenant));
    }

    /** Turns the tenant's page on with its defaults unless the tenant has set one already (the demo tenant's). */
    public Future<Void> openUnlessSet(String tenant) {
        return pool.preparedQuery("""
                        insert into booking_page (tenant_id, enabled, title, colour, embed_origins)
                        select id, true, name, $2, '{}' from tenant where id = $1
                        on conflict (tenant_id) do nothing""")
                .execute(Tuple.of(tenant, PageSettings.DEFAULT_COLOUR)).mapEmpty();
    }

    /** The tenant's logo, if it has one. */
    public Future<Optional<Logo>> logo(String tenant) {
        return pool.preparedQuery("select media_type, image, updated_at from booking_page_logo where tenant_id = $1")
                .execute(Tuple.of(tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst()
                        .map(row -> new Logo(row.getString("media_type"), row.getBuffer("image"),
                                row.getOffsetDateTime("updated_at").toInstant())));
    }

    /** Replaces the tenant's logo, or removes it when {@code logo} is {@code null}. */
    public Future<Void> saveLogo(String tenant, Logo logo) {
        Future<?> saved = logo == null
                ? pool.preparedQuery("delete from booking_page_logo where tenant_id = $1").execute(Tuple.of(tenant))
                : pool.preparedQuery("""
                        insert into booking_page_logo (tenant_id, media_type, image) values ($1, $2, $3)
                        on conflict (tenant_id) do update set media_type = excluded.media_type,
                            image = excluded.image, updated_at = clock_timestamp()""")
                .execute(Tuple.of(tenant, logo.mediaType(), logo.image()));
        return saved.<Void>mapEmpty().onSuccess(done -> recent.remove(tenant));
    }

    private static Page page(Row row) {
        String name = row.getString("name");
        Boolean enabled = row.getBoolean("enabled");
        PageSettings settings = enabled == null ? PageSettings.off(name) : new PageSettings(enabled,
                row.getString("title"), row.getString("colour"),
                row.getArrayOfUUIDs("service_ids") == null ? null : List.of(row.getArrayOfUUIDs("service_ids")),
                Arrays.asList(row.getArrayOfStrings("embed_origins")),
                Arrays.asList(row.getArrayOfStrings("online_payments")));
        java.time.OffsetDateTime logo = row.getOffsetDateTime("logo_changed");
        return new Page(row.getString("id"), name, row.getInteger("requests_per_second"), row.getInteger("burst"),
                settings, logo == null ? null : logo.toInstant());
    }
}
