package io.horae.availability.service;

import io.horae.availability.slot.ServiceTiming;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A service customers book (Reservanto BookingService): how long it takes, what it costs, how it is offered. */
@Entity
@Table(name = "service")
public class BookableService {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;
    @Column(name = "default_language")
    public String defaultLanguage;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "buffer_before_minutes")
    public int bufferBeforeMinutes;
    @Column(name = "buffer_after_minutes")
    public int bufferAfterMinutes;
    @Column(name = "step_minutes")
    public int stepMinutes;
    /** How many customers one start takes (Qmatic maxNumberOfReservations); 1 for an exclusive resource. */
    public int capacity;
    public BigDecimal price;
    public String currency;
    @Column(name = "vat_rate")
    public BigDecimal vatRate;
    @Column(name = "minimum_notice_minutes")
    public int minimumNoticeMinutes;
    @Column(name = "maximum_days_ahead")
    public int maximumDaysAhead;
    @Column(name = "requires_confirmation")
    public boolean requiresConfirmation;
    /** How long before the start a customer may still cancel; null: the booking service's default. */
    @Column(name = "cancellation_cutoff_minutes")
    public Integer cancellationCutoffMinutes;

    /** How long before the start the customer is reminded; null: the booking service's default, 0: never. */
    @Column(name = "reminder_minutes")
    public Integer reminderMinutes;
    public String segment;
    /** Its price at the merchant's price levels (by level id) where it differs from {@code price}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "level_prices")
    public Map<UUID, BigDecimal> levelPrices;
    /** False once the merchant retired it: kept for the bookings that have it, offered to no new one. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    public ServiceTiming timing() {
        return new ServiceTiming(Duration.ofMinutes(durationMinutes), Duration.ofMinutes(bufferBeforeMinutes),
                Duration.ofMinutes(bufferAfterMinutes), Duration.ofMinutes(stepMinutes),
                Duration.ofMinutes(minimumNoticeMinutes), maximumDaysAhead);
    }

    /** The name in the first of {@code languages} (an Accept-Language header) that has one, else the default. */
    public String nameFor(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage.replace('_', '-'))) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    String exact = names.get(tag);
                    if (exact != null) {
                        return exact;
                    }
                    String primary = names.get(tag.split("-")[0]);
                    if (primary != null) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header falls back to the default language
            }
        }
        return names.get(defaultLanguage);
    }
}
