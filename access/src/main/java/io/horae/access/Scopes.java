package io.horae.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a key may do. Each area has a read and a write scope (write includes read); {@code admin} may do everything
 * within its tenant, including managing its keys and webhooks; {@code platform} may also create tenants. The
 * permission names of the vendor APIs map onto these, so a key can be issued with them as well.
 */
public final class Scopes {
    public static final String ADMIN = "admin";
    public static final String PLATFORM = "platform";
    public static final List<String> AREAS = List.of("customers", "catalog", "reservations", "bookings");

    /** Reservanto's and Recras's permission names, as the scopes their operations need. */
    static final Map<String, Set<String>> VENDOR = Map.of(
            "Booking_w", Set.of("bookings:write", "reservations:write", "catalog:read", "customers:read"),
            "Booking_r", Set.of("bookings:read", "reservations:read", "catalog:read", "customers:read"),
            "createBoeking", Set.of("bookings:write", "reservations:write", "catalog:read", "customers:write"),
            "editBoeking", Set.of("bookings:write", "catalog:read"));

    private Scopes() {
    }

    /** Every scope there is, {@code platform} last. */
    public static Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        AREAS.forEach(area -> {
            all.add(area + ":read");
            all.add(area + ":write");
        });
        all.add(ADMIN);
        all.add(PLATFORM);
        return all;
    }

    /** The scopes named, vendor names expanded; an unknown name is an {@link IllegalArgumentException} naming it. */
    public static Set<String> parse(Collection<String> names) {
        Set<String> known = all();
        Set<String> scopes = new LinkedHashSet<>();
        for (String name : names) {
            if (known.contains(name)) {
                scopes.add(name);
            } else if (VENDOR.containsKey(name)) {
                scopes.addAll(VENDOR.get(name));
            } else {
                throw new IllegalArgumentException("unknown scope " + name + "; known are " + known
                        + " and " + VENDOR.keySet());
            }
        }
        return scopes;
    }

    /** Whether {@code granted} allows what {@code required} names. */
    public static boolean permits(Set<String> granted, String required) {
        if (granted.contains(required) || granted.contains(PLATFORM)) {
            return true;
        }
        if (PLATFORM.equals(required)) {
            return false;
        }
        if (granted.contains(ADMIN)) {
            return true;
        }
        return required.endsWith(":read")
                && granted.contains(required.substring(0, required.length() - ":read".length()) + ":write");
    }

    /** The scope a request needs: its area's read scope for a safe method, else the write scope. */
    public static String required(String area, boolean readOnlyRoute, String method) {
        if (ADMIN.equals(area) || PLATFORM.equals(area)) {
            return area;
        }
        boolean reads = readOnlyRoute || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        return area + (reads ? ":read" : ":write");
    }
}
