package io.horae.availability.hours;

import io.horae.availability.slot.WeeklyRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "working_hours_rule")
public class WorkingHoursRule {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "day_of_week")
    public int dayOfWeek;
    @Column(name = "start_time")
    public LocalTime startTime;
    @Column(name = "end_time")
    public LocalTime endTime;

    public WeeklyRule rule() {
        return new WeeklyRule(DayOfWeek.of(dayOfWeek), startTime, endTime);
    }
}
