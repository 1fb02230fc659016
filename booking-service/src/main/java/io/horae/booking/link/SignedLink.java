package io.horae.booking.link;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** What every signed link carries: the booking it is for, its tenant, when it expires, and its signature. */
public class SignedLink {
    @PathParam("id")
    UUID booking;

    @QueryParam("tenant")
    String tenant;

    @QueryParam("expires")
    long expires;

    @QueryParam("signature")
    String signature;
}
