package io.horae.compat;

import io.horae.compat.nativeapi.Refusal;

import java.util.UUID;

/** Vendor ids that are Horae's UUIDs (CareCloud, Qmatic): a value that is no UUID names nothing. */
public final class Uuids {
    private Uuids() {
    }

    public static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The value as a UUID string, or a 404 {@link Refusal}: there is no {@code what} by that id. */
    public static String existing(String value, String what) {
        if (!isUuid(value)) {
            throw Refusal.notFound("no " + what + " " + value);
        }
        return value.toLowerCase();
    }

    /** {@link #existing} as a UUID. */
    public static UUID existingId(String value, String what) {
        return UUID.fromString(existing(value, what));
    }
}
