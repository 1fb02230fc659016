package io.horae.booking.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses a webhook may reach: public unicast ones only. Loopback, unspecified, private (RFC 1918),
 * shared (RFC 6598), link-local (with the cloud metadata address), unique-local, multicast, documentation,
 * benchmarking and reserved ranges are refused, and so are IPv6 forms that carry an IPv4 address (mapped,
 * compatible, NAT64, 6to4) when the address they carry is refused. Pure rule.
 */
final class PublicAddresses {
    private static final AddressRange[] REFUSED = Arrays.stream(new String[]{
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8"}).map(AddressRange::parse).toArray(AddressRange[]::new);
    /** An IPv6 prefix whose addresses carry an IPv4 address, four bytes from {@code at}. */
    private record Carrier(AddressRange range, int at) {
        Carrier(String range, int at) {
            this(AddressRange.parse(range), at);
        }
    }

    /** IPv4-mapped addresses need none: Java reads them as the IPv4 address they map. */
    private static final Carrier[] CARRIERS = {new Carrier("::/96", 12), new Carrier("64:ff9b::/96", 12),
            new Carrier("2002::/16", 2)};

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        for (AddressRange refused : REFUSED) {
            if (refused.contains(address)) {
                return false;
            }
        }
        if (address instanceof Inet4Address) {
            return true;
        }
        for (Carrier carrier : CARRIERS) {
            if (carrier.range().contains(address)) {
                return isPublic(ipv4(Arrays.copyOfRange(address.getAddress(), carrier.at(), carrier.at() + 4)));
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
