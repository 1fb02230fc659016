package io.horae.compat.nativeapi;

import io.horae.customer.api.AccountView;
import io.horae.customer.api.InvitationAcceptance;
import io.horae.customer.api.LoginLinkRequest;
import io.horae.customer.api.NewAccount;
import io.horae.customer.api.SignInToken;
import io.horae.customer.api.SignedIn;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.UUID;

/** customer-service's customer accounts and signing in, for one caller, in customer-api's types. */
public final class Accounts {
    private static final String CUSTOMERS = "/api/v1/customers/";

    private final NativeApi.Calls calls;

    Accounts(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** Opens the customer's account: active with a password, else invited by e-mail to set one. */
    public Future<AccountView> open(UUID customer, NewAccount account) {
        return calls.send(HttpMethod.POST, CUSTOMERS + customer + "/account", account, AccountView.class);
    }

    public Future<Void> close(UUID customer) {
        return calls.send(HttpMethod.DELETE, CUSTOMERS + customer + "/account", null);
    }

    /** A one-time token that signs the customer in. */
    public Future<SignInToken> issueToken(UUID customer) {
        return calls.send(HttpMethod.POST, CUSTOMERS + customer + "/login-tokens", null, SignInToken.class);
    }

    /** Spends a sign-in token; one spent, expired or unknown is a {@link Refusal}. */
    public Future<SignedIn> redeem(String token) {
        return calls.send(HttpMethod.POST, CUSTOMERS + "login-tokens/redemption", SignInToken.redeeming(token),
                SignedIn.class);
    }

    /** Sets the password of an invited account from its invitation's token. */
    public Future<SignedIn> acceptInvitation(InvitationAcceptance acceptance) {
        return calls.send(HttpMethod.POST, CUSTOMERS + "invitations/acceptance", acceptance, SignedIn.class);
    }

    /** Mails a sign-in link to the account with this e-mail, if there is one; the answer is the same either way. */
    public Future<Void> mailLink(LoginLinkRequest request) {
        return calls.send(HttpMethod.POST, CUSTOMERS + "login-links", request);
    }
}
