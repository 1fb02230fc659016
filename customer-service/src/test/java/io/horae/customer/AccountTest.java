package io.horae.customer;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class AccountTest {
    @Inject
    MockMailbox mailbox;

    private final String tenant = "accounts-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void accountWithPasswordIsActiveAndStoresOnlyABcryptHash() throws Exception {
        String customer = newCustomer();
        api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
        api().body("{\"password\":\"again and again\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(409);
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT password_hash FROM customer_account WHERE customer_id = '" + customer + "'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("$2a$11$").doesNotContain("horse");
        }
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsABadRequestNotAServerError() {
        String customer = newCustomer();
        for (String tooLong : new String[]{"ž".repeat(70), "😀".repeat(36), "a".repeat(73)}) {
            api().body("{\"password\":\"" + tooLong + "\"}").post("/api/v1/customers/" + customer + "/account")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("password"));
        }
        api().body("{\"password\":\"" + "ž".repeat(36) + "\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(201);
    }

    @Test
    void nothingIsHashedForACustomerThatDoesNotExistOrAlreadyHasAnAccount() {
        String customer = newCustomer();
        double before = hashes();
        api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + UUID.randomUUID()
                + "/account").then().statusCode(404);
        assertThat(hashes()).isEqualTo(before);

        api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(201);
        assertThat(hashes()).isEqualTo(before + 1);
        for (int i = 0; i < 3; i++) {
            api().body("{\"password\":\"another one here\"}").post("/api/v1/customers/" + customer + "/account")
                    .then().statusCode(409);
        }
        assertThat(hashes()).isEqualTo(before + 1);
    }

    private static double hashes() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("horae_password_hashes_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void anInvitationMailsASingleUseLinkThatSetsThePassword() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        String customer = api().body("{\"firstName\":\"Ida\",\"lastName\":\"Invited\",\"email\":\"" + email + "\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        api().post("/api/v1/customers/" + customer + "/account").then().log().ifValidationFails().statusCode(201)
                .body("status", equalTo("INVITED"));
        String first = linkTokenMailedTo(email, 1);

        // a new invitation replaces the one before
        api().post("/api/v1/customers/" + customer + "/account/invitation").then().statusCode(202);
        String token = linkTokenMailedTo(email, 2);
        api().body("{\"token\":\"" + first + "\",\"password\":\"correct horse battery\"}")
                .post("/api/v1/customers/invitations/acceptance").then().statusCode(401);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("elsewhere"))
                .body("{\"token\":\"" + token + "\",\"password\":\"correct horse battery\"}")
                .post("/api/v1/customers/invitations/acceptance").then().statusCode(401);
        api().body("{\"token\":\"" + token + "\",\"password\":\"short\"}")
                .post("/api/v1/customers/invitations/acceptance").then().statusCode(400);

        api().body("{\"token\":\"" + token + "\",\"password\":\"correct horse battery\"}")
                .post("/api/v1/customers/invitations/acceptance").then().statusCode(200)
                .body("customerId", equalTo(customer));
        api().get("/api/v1/customers/" + customer + "/account").then().statusCode(200).body("status", equalTo("ACTIVE"));
        api().body("{\"token\":\"" + token + "\",\"password\":\"another horse battery\"}")
                .post("/api/v1/customers/invitations/acceptance").then().statusCode(401);
        api().post("/api/v1/customers/" + customer + "/account/invitation").then().statusCode(409);
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT password_hash, (SELECT count(*) FROM mail_outbox WHERE customer_id = '" + customer + "') "
                        + "FROM customer_account WHERE customer_id = '" + customer + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("$2").doesNotContain("correct horse");
            assertThat(rs.getInt(2)).isZero();
        }
    }

    @Test
    void aCustomerWithoutAnAddressCannotBeInvitedButMayHaveAPassword() {
        String customer = api().body("{\"firstName\":\"No\",\"lastName\":\"Mail\"}").post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        api().post("/api/v1/customers/" + customer + "/account").then().statusCode(409);
        api().get("/api/v1/customers/" + customer + "/account").then().statusCode(404);
        api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
    }

    /** The token of the link in the {@code count}th mail sent to {@code email}, once it was sent. */
    private String linkTokenMailedTo(String email, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email) != null
                && mailbox.getMailsSentTo(email).size() >= count);
        Mail mail = mailbox.getMailsSentTo(email).get(count - 1);
        assertThat(mail.getSubject()).isEqualTo("Set the password of your account");
        Matcher link = Pattern.compile("http://\\S+/book/" + tenant + "/password\\?token=(\\S+)").matcher(mail.getText());
        assertThat(link.find()).as(mail.getText()).isTrue();
        return link.group(1);
    }

    @Test
    void invitationHasNoPasswordAndShortPasswordsAreRefused() {
        String customer = newCustomer();
        api().body("{\"password\":\"short\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        api().post("/api/v1/customers/" + customer + "/account").then().statusCode(201).body("status", equalTo("INVITED"));
        api().delete("/api/v1/customers/" + customer + "/account").then().statusCode(204);
        api().get("/api/v1/customers/" + customer + "/account").then().statusCode(404);
    }

    @Test
    void loginTokenWorksOnceAndOnlyForItsTenant() {
        String customer = newCustomer();
        api().post("/api/v1/customers/" + customer + "/login-tokens").then().statusCode(404);
        api().post("/api/v1/customers/" + customer + "/account").then().statusCode(201);
        String token = api().post("/api/v1/customers/" + customer + "/login-tokens")
                .then().statusCode(201).extract().path("token");

        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("elsewhere"))
                .body("{\"token\":\"" + token + "\"}").post("/api/v1/customers/login-tokens/redemption")
                .then().statusCode(401);
        api().body("{\"token\":\"" + token + "\"}").post("/api/v1/customers/login-tokens/redemption")
                .then().statusCode(200).body("customerId", equalTo(customer));
        api().body("{\"token\":\"" + token + "\"}").post("/api/v1/customers/login-tokens/redemption")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSignInLinkIsMailedOnlyToAnAccountsOwnerAndSignsInOnce() {
        String email = "link-" + UUID.randomUUID() + "@example.com";
        String customer = api().body("{\"firstName\":\"Lída\",\"lastName\":\"Odkazová\",\"email\":\"" + email
                + "\"}").post("/api/v1/customers").then().statusCode(201).extract().path("id");
        api().body("{\"email\":\"" + email + "\"}").post("/api/v1/customers/login-links").then().statusCode(202);
        api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + customer + "/account")
                .then().statusCode(201);
        api().body("{\"email\":\"nobody-" + UUID.randomUUID() + "@example.com\"}").post("/api/v1/customers/login-links")
                .then().statusCode(202);
        api().body("{\"email\":\"not an address\"}").post("/api/v1/customers/login-links").then().statusCode(400);
        api().body("{\"email\":\"" + email + "\"}").post("/api/v1/customers/login-links").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email) != null
                && !mailbox.getMailsSentTo(email).isEmpty());
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).as("none before the account was opened").hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Sign in to your bookings");
        Matcher link = Pattern.compile("http://\\S+/book/" + tenant + "/#login=(\\S+)").matcher(mails.get(0).getText());
        assertThat(link.find()).as(mails.get(0).getText()).isTrue();
        api().body("{\"token\":\"" + link.group(1) + "\"}").post("/api/v1/customers/login-tokens/redemption")
                .then().statusCode(200).body("customerId", equalTo(customer));
        api().body("{\"token\":\"" + link.group(1) + "\"}").post("/api/v1/customers/login-tokens/redemption")
                .then().statusCode(401);
    }

    private String newCustomer() {
        return api().body("{\"firstName\":\"Acc\",\"lastName\":\"Ount\",\"email\":\"acc@example.com\"}")
                .post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
