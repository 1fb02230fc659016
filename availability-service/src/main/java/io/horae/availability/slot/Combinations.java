package io.horae.availability.slot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Starts for several services in a row at one location (Qmatic service combinations): the first service starts
 * on its step grid, each next one exactly when the previous ends, each on some resource that offers it. Of the possible resource choices for a start, the
 * first in the given order is taken.
 */
public final class Combinations {
    /** A resource that can run a leg, with what it needs to decide. */
    public record Candidate(UUID resourceId, WorkingCalendar calendar, List<Interval> blocked) {
    }

    /** One service of the combination and the resources that offer it. */
    public record Leg(UUID serviceId, ServiceTiming timing, List<Candidate> candidates) {
    }

    public record LegSlot(UUID serviceId, UUID resourceId, Instant start, Instant end) {
    }

    public record CombinationSlot(Instant start, Instant end, List<LegSlot> legs) {
    }

    private Combinations() {
    }

    public static List<CombinationSlot> starts(List<Leg> legs, Instant from, Instant to, Instant now) {
        if (legs.isEmpty()) {
            return List.of();
        }
        Leg first = legs.get(0);
        TreeSet<Instant> firstStarts = new TreeSet<>();
        for (Candidate candidate : first.candidates()) {
            SlotEngine.starts(candidate.resourceId(), candidate.calendar(), first.timing(), candidate.blocked(), from, to, now)
                    .forEach(slot -> firstStarts.add(slot.start()));
        }
        List<CombinationSlot> combinations = new ArrayList<>();
        for (Instant start : firstStarts) {
            List<LegSlot> chosen = chain(legs, 0, start, now, new ArrayList<>());
            if (chosen != null) {
                combinations.add(new CombinationSlot(start, chosen.get(chosen.size() - 1).end(), List.copyOf(chosen)));
            }
        }
        return combinations;
    }

    private static List<LegSlot> chain(List<Leg> legs, int index, Instant start, Instant now, List<LegSlot> chosen) {
        if (index == legs.size()) {
            return chosen;
        }
        Leg leg = legs.get(index);
        for (Candidate candidate : leg.candidates()) {
            List<Interval> blocked = new ArrayList<>(candidate.blocked());
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).resourceId().equals(candidate.resourceId())) {
                    blocked.add(legs.get(i).timing().footprint(chosen.get(i).start()));
                }
            }
            boolean possible = index == 0
                    ? SlotEngine.offers(candidate.calendar(), leg.timing(), blocked, start, now)
                    : SlotEngine.fits(candidate.calendar(), leg.timing(), blocked, start, now);
            if (possible) {
                Instant end = start.plus(leg.timing().duration());
                chosen.add(new LegSlot(leg.serviceId(), candidate.resourceId(), start, end));
                List<LegSlot> complete = chain(legs, index + 1, end, now, chosen);
                if (complete != null) {
                    return complete;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return null;
    }
}
