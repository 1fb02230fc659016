package io.horae.booking.customer;

import io.horae.customer.api.CreditEntryView;
import io.horae.customer.api.CreditMovement;
import io.horae.customer.api.PassUse;
import io.horae.customer.api.PassUseView;
import io.horae.customer.api.SubstitutionUse;
import io.horae.customer.api.SubstitutionView;
import io.horae.customer.api.VoucherRedemption;
import io.horae.customer.api.VoucherView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * customer-service's wallet, as booking pays from it: credit, pass uses, vouchers and service substitutions, in
 * customer-api's types.
 */
@RegisterRestClient(configKey = "customer")
@Path("/api/v1")
public interface WalletClient {
    @POST
    @Path("/customers/{customerId}/credit/entries")
    Uni<CreditEntryView> credit(@HeaderParam("Authorization") String authorization,
                                @PathParam("customerId") UUID customerId, CreditMovement movement);

    @POST
    @Path("/customers/{customerId}/passes/{passId}/uses")
    Uni<PassUseView> usePass(@HeaderParam("Authorization") String authorization,
                             @PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId, PassUse use);

    @DELETE
    @Path("/customers/{customerId}/passes/{passId}/uses/{useId}")
    Uni<Void> returnPassUse(@HeaderParam("Authorization") String authorization,
                            @PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                            @PathParam("useId") UUID useId);

    @POST
    @Path("/customers/{customerId}/substitutions/uses")
    Uni<SubstitutionView> useSubstitution(@HeaderParam("Authorization") String authorization,
                                      @PathParam("customerId") UUID customerId, SubstitutionUse use);

    @DELETE
    @Path("/customers/{customerId}/substitutions/{id}/use")
    Uni<SubstitutionView> returnSubstitution(@HeaderParam("Authorization") String authorization,
                                         @PathParam("customerId") UUID customerId, @PathParam("id") UUID id);

    @POST
    @Path("/vouchers/{code}/redemption")
    Uni<VoucherView> redeem(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                        VoucherRedemption redemption);

    @DELETE
    @Path("/vouchers/{code}/redemption")
    Uni<VoucherView> refundVoucher(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);
}
