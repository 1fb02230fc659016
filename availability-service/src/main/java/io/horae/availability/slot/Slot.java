package io.horae.availability.slot;

import java.time.Instant;
import java.util.UUID;

/** A start a customer can book: the service runs on {@code resourceId} from {@code start} to {@code end}. */
public record Slot(UUID resourceId, Instant start, Instant end) {
}
