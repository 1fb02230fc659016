package io.horae.booking.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses written as CIDR ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a block of one. */
record AddressRange(byte[] network, int prefix) {
    static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9a-fA-F.:]+") || address.isEmpty()) {
            throw new IllegalArgumentException("not an IP address range: " + cidr);
        }
        try {
            byte[] network = InetAddress.getByName(address).getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + cidr);
            }
            return new AddressRange(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address range: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }
}
