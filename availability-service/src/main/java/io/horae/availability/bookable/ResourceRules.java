package io.horae.availability.bookable;

import io.horae.availability.resource.Resource;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.WorkingCalendar;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the catalogue says of one resource from now on: when it works, what else blocks it (time off, its classes),
 * and which services it offers. Claims are not part of it: they are decided where they are made.
 */
record ResourceRules(Resource resource, WorkingCalendar calendar, List<Interval> timeOff, Set<UUID> services) {
    boolean offers(UUID serviceId) {
        return resource.active && services.contains(serviceId);
    }
}
