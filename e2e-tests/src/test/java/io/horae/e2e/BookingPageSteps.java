package io.horae.e2e;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps the booking page's browser tests take more than once. */
final class BookingPageSteps {
    private BookingPageSteps() {
    }

    /** Shows {@code day} on the page's calendar, chooses it, and answers its first free start. */
    static String startOn(Browser browser, LocalDate day) {
        String month = day.toString().substring(0, 7);
        String drawn = "#days[aria-busy='false'] button.day";  // the month the page shows is drawn in full
        browser.visible(drawn);
        if (browser.all(drawn + "[data-date^='" + month + "']").isEmpty()) {
            browser.click("#next-month");
        }
        browser.click(drawn + "[data-date='" + day + "']");
        WebElement first = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.start")));
        return first.getAttribute("data-start");
    }

    /** A PNG image of {@code width} × {@code height} pixels in one colour: a logo to upload. */
    static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x7a3e9d);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The calendar file behind the confirmation's link, fetched as the customer would and parsed by ical4j. */
    static VEvent calendarEvent(String url) throws Exception {
        String file = given().get(url).then().statusCode(200).extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(file)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** The first link containing {@code marker} in the mail to {@code email} (./horae up logs its mails). */
    static String linkMailedTo(Platform platform, String email, String marker) throws Exception {
        Pattern link = Pattern.compile("http://\\S+/book/" + platform.tenant() + Pattern.quote(marker) + "\\S+");
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String log = platform.log("customer");
            int mail = log.indexOf(email);
            Matcher match = link.matcher(log);
            return mail >= 0 && match.find(mail) && (found[0] = match.group()) != null;
        });
        return found[0];
    }
}
