package io.horae.compat.nativeapi;

import io.horae.customer.api.CreditBalance;
import io.horae.customer.api.CreditEntryView;
import io.horae.customer.api.CreditHistoryPage;
import io.horae.customer.api.CreditMovement;
import io.horae.customer.api.CreditStatement;
import io.horae.customer.api.HeldPassView;
import io.horae.customer.api.PassAssignment;
import io.horae.customer.api.PassPause;
import io.horae.customer.api.PassReturns;
import io.horae.customer.api.PassUse;
import io.horae.customer.api.PassUseView;
import io.horae.customer.api.PassView;
import io.horae.customer.api.SubstitutionView;
import io.horae.customer.api.VoucherView;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * customer-service's wallet for one caller, in customer-api's types: customers' credit and the merchant's credit
 * history, the passes sold and held, the sessions owed, and vouchers.
 */
public final class Wallet {
    private final NativeApi.Calls calls;

    Wallet(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<CreditBalance> credit(UUID customer) {
        return calls.send(HttpMethod.GET, credit(customer, ""), null, CreditBalance.class);
    }

    /** Posts {@code movement}; taking more than the balance is a 409 {@link Refusal}. */
    public Future<CreditEntryView> moveCredit(UUID customer, CreditMovement movement) {
        return calls.send(HttpMethod.POST, credit(customer, "/entries"), movement, CreditEntryView.class);
    }

    /** The movements in {@code [from, to)} with the period's turnover. */
    public Future<CreditStatement> statement(UUID customer, Instant from, Instant to) {
        return calls.send(HttpMethod.GET, credit(customer, "/entries?from=" + from + "&to=" + to), null,
                CreditStatement.class);
    }

    public Future<List<HeldPassView>> passes(UUID customer) {
        return calls.sendForList(HttpMethod.GET, passes(customer, ""), null, HeldPassView.class);
    }

    public Future<HeldPassView> assignPass(UUID customer, PassAssignment assignment) {
        return calls.send(HttpMethod.POST, passes(customer, ""), assignment, HeldPassView.class);
    }

    public Future<PassUseView> usePass(UUID customer, UUID held, PassUse use) {
        return calls.send(HttpMethod.POST, passes(customer, "/" + held + "/uses"), use, PassUseView.class);
    }

    public Future<HeldPassView> returnPassUses(UUID customer, UUID held, PassReturns returns) {
        return calls.send(HttpMethod.POST, passes(customer, "/" + held + "/returns"), returns, HeldPassView.class);
    }

    public Future<HeldPassView> pausePass(UUID customer, UUID held, PassPause pause) {
        return calls.send(HttpMethod.POST, passes(customer, "/" + held + "/intermissions"), pause, HeldPassView.class);
    }

    /** Up to {@code limit} of every customer's credit movements in {@code [from, to)}, from {@code offset}. */
    public Future<CreditHistoryPage> creditHistory(Instant from, Instant to, int offset, int limit) {
        return calls.send(HttpMethod.GET, "/api/v1/credit/entries?from=" + from + "&to=" + to + "&offset=" + offset
                + "&limit=" + limit, null, CreditHistoryPage.class);
    }

    /** The passes the merchant sells, retired ones too. */
    public Future<List<PassView>> passCatalogue() {
        return calls.sendForList(HttpMethod.GET, "/api/v1/passes", null, PassView.class);
    }

    /** The sessions the customer is owed that can pay a booking today. */
    public Future<List<SubstitutionView>> freeSubstitutions(UUID customer) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/customers/" + customer + "/substitutions?free=true", null,
                SubstitutionView.class);
    }

    public Future<List<VoucherView>> vouchers() {
        return calls.sendForList(HttpMethod.GET, "/api/v1/vouchers", null, VoucherView.class);
    }

    /** The voucher of {@code code}, in its state now; a code that names none is a 404 {@link Refusal}. */
    public Future<VoucherView> voucher(String code) {
        return calls.send(HttpMethod.GET, "/api/v1/vouchers/" + NativeApi.encoded(code).replace("+", "%20"), null,
                VoucherView.class);
    }

    private static String credit(UUID customer, String rest) {
        return "/api/v1/customers/" + customer + "/credit" + rest;
    }

    private static String passes(UUID customer, String rest) {
        return "/api/v1/customers/" + customer + "/passes" + rest;
    }
}
