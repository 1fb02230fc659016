package io.horae.customer.voucher;

import io.horae.customer.api.NewVoucher;
import io.horae.customer.api.VoucherRedemption;
import io.horae.customer.api.VoucherView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Vouchers (Reservanto Voucher/GetList, IsValid, PayForBooking, RefundBookingPayment). */
@Path("/api/v1/vouchers")
public class VoucherResource {
    private final VoucherService vouchers;
    private final TenantContext tenant;

    public VoucherResource(VoucherService vouchers, TenantContext tenant) {
        this.vouchers = vouchers;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> issue(@Valid @NotNull NewVoucher request) {
        return vouchers.issue(tenant.id(), request)
                .map(v -> Response.created(URI.create("/api/v1/vouchers/" + v.code)).entity(v.view()).build());
    }

    @GET
    public Uni<List<VoucherView>> list() {
        return vouchers.list(tenant.id()).map(all -> all.stream().map(Voucher::view).toList());
    }

    /** Whether the code exists and in which state it is (Reservanto Voucher/IsValid). */
    @GET
    @Path("/{code}")
    public Uni<VoucherView> check(@PathParam("code") String code) {
        return vouchers.find(tenant.id(), code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("voucher", code))
                .map(Voucher::view);
    }

    /** Withdraws the voucher: no later redemption; one already made stays. */
    @POST
    @Path("/{code}/invalidation")
    public Uni<VoucherView> invalidate(@PathParam("code") String code) {
        return vouchers.invalidate(tenant.id(), code).map(Voucher::view);
    }

    @POST
    @Path("/{code}/redemption")
    public Uni<VoucherView> redeem(@PathParam("code") String code, @Valid @NotNull VoucherRedemption redemption) {
        return vouchers.redeem(tenant.id(), code, redemption.reference()).map(Voucher::view);
    }

    @DELETE
    @Path("/{code}/redemption")
    public Uni<VoucherView> refund(@PathParam("code") String code) {
        return vouchers.refund(tenant.id(), code).map(Voucher::view);
    }
}
