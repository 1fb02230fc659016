package io.horae.booking.booking;

import io.horae.kernel.problem.Problem;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Pays bookings from the customer's wallet in customer-service (credit, a use of a pass, a voucher), with the
 * request's internal token. What was taken for a payment the booking could not record is given back.
 */
@ApplicationScoped
public class Wallet {
    private static final Logger LOG = Logger.getLogger(Wallet.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** What was taken and how to give it back. */
    public record Taken(BigDecimal amount, Uni<Void> giveBack) {
    }

    private final WalletClient client;
    private final TenantContext tenant;

    public Wallet(@RestClient WalletClient client, TenantContext tenant) {
        this.client = client;
        this.tenant = tenant;
    }

    /** Takes {@code amount} from the customer's credit; 409 when the balance is short. */
    Uni<Taken> credit(UUID customerId, BigDecimal amount, String reference) {
        return call(client.credit(tenant.authorization(), customerId,
                        new WalletClient.Movement(amount.negate(), "booking " + reference, reference)), "customerId")
                .map(entry -> new Taken(amount, quietly(client.credit(tenant.authorization(), customerId,
                        new WalletClient.Movement(amount, "refund: booking " + reference + " not paid", reference))
                        .replaceWithVoid(), "credit of " + amount + " for customer " + customerId)));
    }

    /** Uses one entry of the customer's pass for the booking: it pays what is still owed. */
    Uni<Taken> pass(UUID customerId, UUID passId, BigDecimal owed, String reference) {
        return call(client.usePass(tenant.authorization(), customerId, passId, new WalletClient.Use(reference)),
                "passId")
                .map(use -> new Taken(owed, quietly(client.returnPassUse(tenant.authorization(), customerId, passId,
                        use.id()), "pass use " + use.id())));
    }

    /**
     * Redeems a voucher for the booking: its amount, or its percentage of the price, up to what is owed
     * ({@code owed} is null when the price is unknown: the voucher's whole value counts).
     */
    Uni<Taken> voucher(String code, BigDecimal price, BigDecimal owed, String reference) {
        return call(client.redeem(tenant.authorization(), code, new WalletClient.Redemption(reference)), "code")
                .map(voucher -> {
                    BigDecimal value = voucher.amount() != null ? voucher.amount()
                            : price == null ? BigDecimal.ZERO : price.multiply(voucher.percentage())
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    return new Taken(owed == null ? value : value.min(owed), quietly(client.refundVoucher(tenant.authorization(), code)
                            .replaceWithVoid(), "voucher " + code));
                });
    }

    private static <T> Uni<T> call(Uni<T> call, String field) {
        return call.ifNoItem().after(TIMEOUT).fail().onFailure().transform(e -> translate(e, field));
    }

    /** A give-back that must not fail the answer; if it fails, it is logged for a person to settle. */
    private static Uni<Void> quietly(Uni<Void> giveBack, String what) {
        return giveBack.ifNoItem().after(TIMEOUT).fail()
                .onFailure().invoke(e -> LOG.errorf("%s NOT given back after a failed payment: %s", what,
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private static Throwable translate(Throwable failure, String field) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 404) {
                return ProblemException.badField(field, "does not exist");
            }
            try {
                return ProblemException.relayed(web.getResponse().readEntity(Problem.class));
            } catch (RuntimeException e) {
                return new ProblemException(status, "Conflict", "the wallet refused the payment", List.of());
            }
        }
        LOG.warnf("customer-service failed: %s", failure.toString());
        return new ProblemException(503, "Service Unavailable",
                "the customer's wallet cannot be reached right now; nothing was paid", List.of());
    }
}
