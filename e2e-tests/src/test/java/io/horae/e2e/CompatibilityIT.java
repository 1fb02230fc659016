package io.horae.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The seed vendors' clients against Horae: every example request of the seed documents replayed through the
 * gateway's compatibility routes, with its data arranged first through the native API, and checked field by field
 * against the documented answer; errors come in each vendor's own shape. One platform serves every vendor's replay.
 */
class CompatibilityIT {
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        // the replays are about the vendors' shapes, not the rate limit, which a quick replay of them all exceeds;
        // a native list of starts comes in parts of 4 (5,000 by default), so that a vendor's answer of a week's starts
        // must read every part: a day of each calendar here (three starts) still fits in one
        platform = Platform.up("horae-compat-", Map.of("HORAE_RATE_LIMIT_PER_SECOND", "10000",
                "HORAE_RATE_LIMIT_BURST", "10000", "HORAE_AVAILABILITY_SEARCHES_STARTS_PER_ANSWER", "4"));
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    @Test
    void careCloudProductReservationsAsTheSeedShowsThem() {
        new CareCloudReplay(platform).careCloudProductReservationsAsTheSeedShowsThem();
    }

    @Test
    void recrasBooksAListOfProductsAndItsLinksSetTheStatus() throws Exception {
        new RecrasReplay(platform).recrasBooksAListOfProductsAndItsLinksSetTheStatus();
    }

    @Test
    void qmaticReschedulesAnAppointmentOfSeveralServices() throws Exception {
        new QmaticReplay(platform).qmaticReschedulesAnAppointmentOfSeveralServices();
    }

    @Test
    void reservantoBooksAsSeed001ShowsAndManagesTheBooking() throws Exception {
        new ReservantoReplay(platform).reservantoBooksAsSeed001ShowsAndManagesTheBooking();
    }

    @Test
    void reservantoCustomersWalletAndCatalogue() throws Exception {
        new ReservantoReplay(platform).reservantoCustomersWalletAndCatalogue();
    }

    @Test
    void reservantoAccountsCustomValuesAndCreditHistory() {
        new ReservantoAccountsReplay(platform).reservantoAccountsCustomValuesAndCreditHistory();
    }

    @Test
    void reservantoEventsAndTheirWebhooks() {
        new ReservantoAccountsReplay(platform).reservantoEventsAndTheirWebhooks();
    }

    @Test
    void reservantoCoursesAreClassSeries() {
        new ReservantoAccountsReplay(platform).reservantoCoursesAreClassSeries();
    }

    @Test
    void reservantoCourseWaitingListsWaitForEveryClass() {
        new ReservantoAccountsReplay(platform).reservantoCourseWaitingListsWaitForEveryClass();
    }

    @Test
    void reservantoTagsSegmentsAndPriceLevels() {
        new ReservantoMerchantDataReplay(platform).tagsSegmentsAndPriceLevels();
    }

    @Test
    void reservantoExternalIdentifiers() {
        new ReservantoMerchantDataReplay(platform).externalIdentifiers();
    }

    @Test
    void reservantoTellsAPaymentWantedFromOneEnforced() {
        new ReservantoMerchantDataReplay(platform).paymentRequiredFlags();
    }

    @Test
    void reservantoAndRecrasMarkWhatHappenedAfterTheStart() {
        new ReservantoMerchantDataReplay(platform).whatHappenedAfterTheStart();
    }

    @Test
    void reservantoServiceSubstitutions() {
        new ReservantoMerchantDataReplay(platform).serviceSubstitutions();
    }

    @Test
    void reservantoAnswersBadInputInItsEnvelope() {
        new ReservantoReplay(platform).reservantoAnswersBadInputInItsEnvelope();
    }

    @Test
    void everyVendorAnswersBadInputInItsOwnShape() throws Exception {
        new VendorBadInput(platform).everyVendorAnswersBadInputInItsOwnShape();
    }
}
