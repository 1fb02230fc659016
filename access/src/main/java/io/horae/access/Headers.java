package io.horae.access;

/** The headers the gateway adds to every request it sends a service, whichever route sent it. */
public final class Headers {
    /** The request's id, the client's own if it sent a usable one; answered back and carried to every service. */
    public static final String REQUEST_ID = "X-Request-Id";
    /**
     * The address of the client (reservations counts a client's open holds by it); one a client sends is replaced.
     */
    public static final String CLIENT_ADDRESS = "Horae-Client-Address";

    private Headers() {
    }
}
