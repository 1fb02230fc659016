package io.horae.availability.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.catalogue.api.ServiceView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/services")
public class ServiceResource {
    public record NewService(
            @NotEmpty @Size(max = 20) Map<@Pattern(regexp = "[a-zA-Z]{2,3}([-_][a-zA-Z]{2,4})?",
                    message = "must be a language tag such as en or cs") String, @NotBlank @Size(max = 200) String> names,
            String defaultLanguage,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes,
            @Min(0) @Max(1440) Integer bufferBeforeMinutes,
            @Min(0) @Max(1440) Integer bufferAfterMinutes,
            @Min(1) @Max(1440) Integer stepMinutes,
            @Min(1) @Max(10000) Integer capacity,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CZK") String currency,
            @DecimalMin("0") @DecimalMax("100") BigDecimal vatRate,
            @Min(0) @Max(525600) Integer minimumNoticeMinutes,
            @Min(0) @Max(3660) Integer maximumDaysAhead,
            Boolean requiresConfirmation,
            @Size(max = 100) String segment,
            @Min(0) @Max(525600) Integer cancellationCutoffMinutes,
            @Size(max = 20) Map<@NotNull UUID, @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal>
                    levelPrices,
            @Min(0) @Max(43200) Integer reminderMinutes) {

        /** The service as the request that would define it as it is now: what a patch is applied to. */
        static NewService of(BookableService s) {
            return new NewService(s.names, s.defaultLanguage, s.durationMinutes, s.bufferBeforeMinutes,
                    s.bufferAfterMinutes, s.stepMinutes, s.capacity, s.price, s.currency, s.vatRate,
                    s.minimumNoticeMinutes, s.maximumDaysAhead, s.requiresConfirmation, s.segment,
                    s.cancellationCutoffMinutes, s.levelPrices, s.reminderMinutes);
        }
    }

    static ServiceView view(BookableService s, String acceptLanguage) {
        return new ServiceView(s.id, s.nameFor(acceptLanguage), s.names, s.durationMinutes, s.bufferBeforeMinutes,
                s.bufferAfterMinutes, s.stepMinutes, s.capacity, s.price, s.currency, s.vatRate,
                s.minimumNoticeMinutes, s.maximumDaysAhead, s.requiresConfirmation, s.segment,
                s.cancellationCutoffMinutes, s.levelPrices, s.active, s.reminderMinutes);
    }

    /** The service after it was retired or offered again, and the future bookings it affects. */
    public record RetirementView(ServiceView service, List<AffectedBooking> affectedBookings) {
    }

    private final ServiceCatalog catalog;
    private final TenantContext tenant;

    public ServiceResource(ServiceCatalog catalog, TenantContext tenant) {
        this.catalog = catalog;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewService request, @HeaderParam("Accept-Language") String language) {
        return catalog.define(tenant.id(), request).map(s -> Response.created(URI.create("/api/v1/services/" + s.id))
                .entity(view(s, language)).build());
    }

    /** The services, all or ({@code active}) only those offered or only those retired. */
    @GET
    public Uni<List<ServiceView>> list(@QueryParam("active") Boolean active,
                                       @HeaderParam("Accept-Language") String language) {
        return catalog.list(tenant.id(), active).map(all -> all.stream().map(s -> view(s, language)).toList());
    }

    /**
     * Changes the service by JSON merge patch (RFC 7386), checked as a new service is. New bookings have the change;
     * bookings made before keep the price, duration and buffers they were made with.
     */
    @PATCH
    @Path("/{id}")
    public Uni<ServiceView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch,
                                   @HeaderParam("Accept-Language") String language) {
        return catalog.change(tenant.id(), id, patch).map(s -> view(s, language));
    }

    /**
     * Retires the service: offered to no new booking, kept for those that have it. The answer lists its future
     * bookings (and holds), which stay as they are, for the merchant to move or cancel.
     */
    @POST
    @Path("/{id}/deactivation")
    public Uni<RetirementView> deactivate(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language) {
        return catalog.setActive(tenant.id(), id, false)
                .map(r -> new RetirementView(view(r.service(), language), r.affected()));
    }

    /** Offers a retired service again. */
    @POST
    @Path("/{id}/activation")
    public Uni<ServiceView> activate(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language) {
        return catalog.setActive(tenant.id(), id, true).map(r -> view(r.service(), language));
    }

    /** Deletes a service nothing has used; 409 naming what uses it otherwise (retire it instead). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return catalog.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    @GET
    @Path("/{id}")
    public Uni<ServiceView> get(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("service", id))
                .map(s -> view(s, language));
    }
}
