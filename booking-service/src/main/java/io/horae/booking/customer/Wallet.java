package io.horae.booking.customer;

import io.horae.customer.api.CreditMovement;
import io.horae.customer.api.PassUse;
import io.horae.customer.api.SubstitutionUse;
import io.horae.customer.api.VoucherRedemption;
import io.horae.kernel.tenant.ServiceTokens;
import io.horae.kernel.upstream.UpstreamCall;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Pays bookings from the customer's wallet in customer-service (credit, a use of a pass, a voucher, a session owed), on booking's own
 * token (the client's key need not reach the wallet itself). What was taken for a payment the booking could not record is given back.
 */
@ApplicationScoped
public class Wallet {
    private static final Logger LOG = Logger.getLogger(Wallet.class);
    private static final UpstreamCall UPSTREAM = new UpstreamCall("customer-service", "does not exist",
            "the customer's wallet cannot be reached right now; nothing was paid", Duration.ofSeconds(5));

    /** Where in the wallet value comes from. */
    public enum Source { CREDIT, PASS, VOUCHER, SUBSTITUTION }

    /**
     * What a payment took from the wallet ({@code source} null: nothing, it was paid outside it): its value, and the
     * pass use, voucher or substitution ({@code useId}) to give back.
     */
    public record Taken(Source source, BigDecimal amount, UUID passId, UUID useId, String code) {
    }

    private final WalletClient client;
    private final ServiceTokens tokens;

    public Wallet(@RestClient WalletClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** Booking's own token for the tenant: the wallet is moved on booking's authority, from a request or an event. */
    private String authorization(String tenantId) {
        return tokens.authorization(tenantId);
    }

    /** Takes {@code amount} from the customer's credit; 409 when the balance is short. */
    public Uni<Taken> credit(String tenantId, UUID customerId, BigDecimal amount, String reference) {
        return call(client.credit(authorization(tenantId), customerId,
                new CreditMovement(amount.negate(), "booking " + reference, reference)), "customerId")
                .replaceWith(new Taken(Source.CREDIT, amount, null, null, null));
    }

    /** Uses one entry of the customer's pass for the booking: it pays what is still owed. */
    public Uni<Taken> pass(String tenantId, UUID customerId, UUID passId, BigDecimal owed, String reference) {
        return call(client.usePass(authorization(tenantId), customerId, passId, new PassUse(reference)),
                "passId")
                .map(use -> new Taken(Source.PASS, owed, passId, use.id(), null));
    }

    /** Takes a session the customer is owed for one of the booked services: it pays what is still owed. */
    public Uni<Taken> substitution(String tenantId, UUID customerId, List<UUID> serviceIds, BigDecimal owed,
                                   String reference) {
        return call(client.useSubstitution(authorization(tenantId), customerId,
                new SubstitutionUse(serviceIds, reference)), "method")
                .map(used -> new Taken(Source.SUBSTITUTION, owed, null, used.id(), null));
    }

    /**
     * Redeems a voucher for the booking: its amount, or its percentage of the price, up to what is owed
     * ({@code owed} is null when the price is unknown: the voucher's whole value counts).
     */
    public Uni<Taken> voucher(String tenantId, String code, BigDecimal price, BigDecimal owed, String reference) {
        return call(client.redeem(authorization(tenantId), code, new VoucherRedemption(reference)), "code")
                .map(voucher -> {
                    BigDecimal value = voucher.amount() != null ? voucher.amount()
                            : price == null ? BigDecimal.ZERO : price.multiply(voucher.percentage())
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    return new Taken(Source.VOUCHER, owed == null ? value : value.min(owed), null, null, code);
                });
    }

    /** Gives back what a payment took: the credit, the pass use, the voucher, the substitution; one from outside the wallet has nothing. */
    public Uni<Void> giveBack(String tenantId, UUID customerId, Taken taken, String reference) {
        if (taken.source() == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<?> back = switch (taken.source()) {
            case CREDIT -> client.credit(authorization(tenantId), customerId,
                    new CreditMovement(taken.amount(), "refund: booking " + reference, reference));
            case PASS -> client.returnPassUse(authorization(tenantId), customerId, taken.passId(), taken.useId());
            case VOUCHER -> client.refundVoucher(authorization(tenantId), taken.code());
            case SUBSTITUTION -> client.returnSubstitution(authorization(tenantId), customerId, taken.useId());
        };
        return call(back, "payment").replaceWithVoid();
    }

    /** {@link #giveBack} after a payment the booking could not record: must not fail the answer, so it logs. */
    public Uni<Void> giveBackQuietly(String tenantId, UUID customerId, Taken taken, String reference) {
        return giveBack(tenantId, customerId, taken, reference)
                .onFailure().invoke(e -> LOG.errorf("%s payment of booking %s NOT given back: %s", taken.source(),
                        reference,
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private static <T> Uni<T> call(Uni<T> call, String field) {
        return UPSTREAM.run(call, field);
    }
}
