package io.horae.booking.link;

import io.nayuki.qrcodegen.QrCode;

/**
 * A booking's ticket as the QR code the customer shows at the door (what {@code /api/v1/bookings/check-in} reads),
 * drawn as SVG: one path of dark modules with a four-module quiet zone, sharp at any size.
 */
public final class TicketImage {
    public static final String MEDIA_TYPE = "image/svg+xml";
    private static final int QUIET = 4;

    private TicketImage() {
    }

    public static String svg(String ticket) {
        QrCode code = QrCode.encodeText(ticket, QrCode.Ecc.MEDIUM);
        int side = code.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"ticket\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
