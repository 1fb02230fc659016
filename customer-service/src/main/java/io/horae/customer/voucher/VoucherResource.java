package io.horae.customer.voucher;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Vouchers (Reservanto Voucher/GetList, IsValid, PayForBooking, RefundBookingPayment). */
@Path("/api/v1/vouchers")
public class VoucherResource {
    public record NewVoucher(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{3,64}", message = "must be 3 to 64 letters, digits, - or _")
            String code,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CZK") String currency,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal percentage,
            OffsetDateTime validFrom,
            OffsetDateTime validUntil) {
    }

    public record Redemption(@NotBlank @Size(max = 200) String reference) {
    }

    public record VoucherView(UUID id, String code, BigDecimal amount, String currency, BigDecimal percentage,
                              OffsetDateTime validFrom, OffsetDateTime validUntil, Voucher.State state,
                              OffsetDateTime redeemedAt, String redeemedFor) {
        static VoucherView of(Voucher v) {
            return new VoucherView(v.id, v.code, v.amount, v.currency, v.percentage, v.validFrom, v.validUntil,
                    v.stateAt(OffsetDateTime.now()), v.redeemedAt, v.redeemedFor);
        }
    }

    private final VoucherService vouchers;
    private final TenantContext tenant;

    public VoucherResource(VoucherService vouchers, TenantContext tenant) {
        this.vouchers = vouchers;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> issue(@Valid @NotNull NewVoucher request) {
        return vouchers.issue(tenant.id(), request)
                .map(v -> Response.created(URI.create("/api/v1/vouchers/" + v.code)).entity(VoucherView.of(v)).build());
    }

    @GET
    public Uni<List<VoucherView>> list() {
        return vouchers.list(tenant.id()).map(all -> all.stream().map(VoucherView::of).toList());
    }

    /** Whether the code exists and in which state it is (Reservanto Voucher/IsValid). */
    @GET
    @Path("/{code}")
    public Uni<VoucherView> check(@PathParam("code") String code) {
        return vouchers.find(tenant.id(), code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("voucher", code))
                .map(VoucherView::of);
    }

    /** Withdraws the voucher: no later redemption; one already made stays. */
    @POST
    @Path("/{code}/invalidation")
    public Uni<VoucherView> invalidate(@PathParam("code") String code) {
        return vouchers.invalidate(tenant.id(), code).map(VoucherView::of);
    }

    @POST
    @Path("/{code}/redemption")
    public Uni<VoucherView> redeem(@PathParam("code") String code, @Valid @NotNull Redemption redemption) {
        return vouchers.redeem(tenant.id(), code, redemption.reference()).map(VoucherView::of);
    }

    @DELETE
    @Path("/{code}/redemption")
    public Uni<VoucherView> refund(@PathParam("code") String code) {
        return vouchers.refund(tenant.id(), code).map(VoucherView::of);
    }
}
