package io.horae.gateway.compat.qmatic;

import io.horae.gateway.compat.Refusal;

import java.util.UUID;

/** Qmatic names things by GUID, as Horae does; a value that is no GUID names nothing. */
final class Identifiers {
    private Identifiers() {
    }

    static String uuid(String value, String what) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.notFound("no " + what + " " + value);
        }
    }
}
