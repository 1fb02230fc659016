package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A weekly series of classes: on {@code days} at {@code time} in the location's {@code timeZone}, from {@code from}
 * until {@code until} or for {@code count} dates, {@code except} some. {@code classes}: every class of the series,
 * cancelled ones included; absent in a list of series.
 */
@RegisterForReflection
public record ClassSeriesView(UUID id, UUID serviceId, UUID resourceId, UUID locationId, List<DayOfWeek> days,
                              LocalTime time, String timeZone, LocalDate from, LocalDate until, Integer count,
                              List<LocalDate> except, int capacity, List<ClassView> classes) {
}
