package io.horae.availability.service;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
            @Min(0) @Max(525600) Integer cancellationCutoffMinutes) {
    }

    public record ServiceView(UUID id, String name, Map<String, String> names, int durationMinutes,
                              int bufferBeforeMinutes, int bufferAfterMinutes, int stepMinutes, int capacity,
                              BigDecimal price, String currency, BigDecimal vatRate, int minimumNoticeMinutes,
                              int maximumDaysAhead, boolean requiresConfirmation, String segment,
                              Integer cancellationCutoffMinutes) {
        static ServiceView of(BookableService s, String acceptLanguage) {
            return new ServiceView(s.id, s.nameFor(acceptLanguage), s.names, s.durationMinutes, s.bufferBeforeMinutes,
                    s.bufferAfterMinutes, s.stepMinutes, s.capacity, s.price, s.currency, s.vatRate,
                    s.minimumNoticeMinutes, s.maximumDaysAhead, s.requiresConfirmation, s.segment,
                    s.cancellationCutoffMinutes);
        }
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
                .entity(ServiceView.of(s, language)).build());
    }

    @GET
    public Uni<List<ServiceView>> list(@HeaderParam("Accept-Language") String language) {
        return catalog.list(tenant.id()).map(all -> all.stream().map(s -> ServiceView.of(s, language)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ServiceView> get(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("service", id))
                .map(s -> ServiceView.of(s, language));
    }
}
