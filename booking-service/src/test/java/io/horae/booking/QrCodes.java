package io.horae.booking;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a ticket's QR code back, as a scanner at the door would: the SVG's modules drawn to pixels, decoded by ZXing. */
final class QrCodes {
    private static final Pattern VIEW = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrCodes() {
    }

    static String read(String svg) throws Exception {
        Matcher view = VIEW.matcher(svg);
        if (!view.find()) {
            throw new AssertionError("not a ticket image: " + svg);
        }
        int side = Integer.parseInt(view.group(1)) * SCALE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y + dy) * side + x, (y + dy) * side + x + SCALE, 0);
            }
        }
        // a drawn code is exact: read its module grid as drawn (a photo's finder-pattern search missed ~1 % of them)
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side,
                pixels))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
