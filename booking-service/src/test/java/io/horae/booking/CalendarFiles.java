package io.horae.booking;

import io.quarkus.mailer.Mail;
import io.smallrye.mutiny.Multi;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar files booking-service sends: attached to a mail, parsed by ical4j (a malformed file fails here). */
final class CalendarFiles {
    private CalendarFiles() {
    }

    /** The calendar file attached to the one mail of {@code mails} with {@code subject}. */
    static String attached(List<Mail> mails, String subject) {
        Mail mail = mails.stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
        assertThat(mail.getAttachments()).hasSize(1);
        assertThat(mail.getAttachments().get(0).getContentType()).startsWith("text/calendar");
        List<Byte> data = Multi.createFrom().publisher(mail.getAttachments().get(0).getData())
                .collect().asList().await().atMost(Duration.ofSeconds(5));
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The calendar's one event. */
    static VEvent event(String calendar) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(calendar)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
