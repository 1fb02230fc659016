package io.horae.availability.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A weekly series of classes as it was scheduled: its rule, its zone and what each class starts with. Its classes
 * ({@link ClassOccurrence#seriesId}) are the truth of when each is; changing "this and following" ends the series
 * the day before and carries on in a new one.
 */
@Entity
@Table(name = "class_series")
public class ClassSeries {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "location_id")
    public UUID locationId;
    /** Day names, comma-separated. */
    public String days;
    @Column(name = "local_time")
    public LocalTime time;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "first_date")
    public LocalDate first;
    @Column(name = "until_date")
    public LocalDate until;
    @Column(name = "date_count")
    public Integer count;
    /** ISO dates, comma-separated. */
    @Column(name = "except_dates")
    public String except;
    public int capacity;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    public Recurrence recurrence() {
        return new Recurrence(dayNames(), time, first, until, count, exceptDates());
    }

    public void follow(Recurrence rule) {
        days = rule.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        time = rule.time();
        first = rule.first();
        until = rule.until();
        count = rule.count();
        except = rule.except().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Set<DayOfWeek> dayNames() {
        return Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Set<LocalDate> exceptDates() {
        return except.isEmpty() ? Set.of()
                : Arrays.stream(except.split(",")).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
