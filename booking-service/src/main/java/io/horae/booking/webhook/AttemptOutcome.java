package io.horae.booking.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What one attempt makes of a delivery: DELIVERED on a 2xx; FAILED after 72 hours of failures or when the
 * receiver said it is gone (410) three times in a row, which also ends its subscription; otherwise PENDING again
 * after a wait that doubles with each attempt, up to an hour. Pure rule.
 */
record AttemptOutcome(WebhookDelivery.Status status, int gone, OffsetDateTime nextAttemptAt,
                      OffsetDateTime deliveredAt, boolean subscriptionEnds) {
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(72);
    private static final int GONE_LIMIT = 3;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * @param attempts how many attempts were made, this one included
     * @param gone     how many attempts before this one in a row answered 410
     * @param status   the receiver's HTTP status, or null when it could not be reached
     */
    static AttemptOutcome of(int attempts, int gone, OffsetDateTime createdAt, Integer status, OffsetDateTime now,
                             Duration firstRetry) {
        if (status != null && status >= 200 && status < 300) {
            return new AttemptOutcome(WebhookDelivery.Status.DELIVERED, 0, null, now, false);
        }
        int goneNow = status != null && status == 410 ? gone + 1 : 0;
        if (goneNow >= GONE_LIMIT) {
            return new AttemptOutcome(WebhookDelivery.Status.FAILED, goneNow, null, null, true);
        }
        if (!now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            return new AttemptOutcome(WebhookDelivery.Status.FAILED, goneNow, null, null, false);
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 12));
        return new AttemptOutcome(WebhookDelivery.Status.PENDING, goneNow,
                now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait), null, false);
    }
}
