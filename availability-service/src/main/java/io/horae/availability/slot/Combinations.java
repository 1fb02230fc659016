package io.horae.availability.slot;

import io.horae.kernel.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Starts for several services in a row at one location (Qmatic service combinations): the first service starts
 * on its step grid, each next one exactly when the previous ends, each on some resource that offers it. Of the
 * possible resource choices for a start, the first in the given order is taken. The search backtracks over
 * resources, which for many services on many resources grows fast: it stops with a 422 after {@code tries}
 * placements, and at {@code limit} combinations (the caller asks again from the next start).
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

    /** The search of one question: its legs and the placements it may still try. */
    private static final class Search {
        private final List<Leg> legs;
        private final Instant now;
        private long triesLeft;

        Search(List<Leg> legs, Instant now, long tries) {
            this.legs = legs;
            this.now = now;
            this.triesLeft = tries;
        }

        /** The legs from {@code index} on, starting at {@code start} after {@code chosen}; null if none fits. */
        List<LegSlot> chain(int index, Instant start, List<LegSlot> chosen) {
            if (index == legs.size()) {
                return chosen;
            }
            Leg leg = legs.get(index);
            for (Candidate candidate : leg.candidates()) {
                if (--triesLeft < 0) {
                    throw ProblemException.tooBig("serviceIds", "this combination needs more search than one "
                            + "question may take; ask a shorter range or fewer services");
                }
                if (SlotEngine.fits(candidate.calendar(), leg.timing(), blockedWith(candidate, chosen), start, now)) {
                    Instant end = start.plus(leg.timing().duration());
                    chosen.add(new LegSlot(leg.serviceId(), candidate.resourceId(), start, end));
                    List<LegSlot> complete = chain(index + 1, end, chosen);
                    if (complete != null) {
                        return complete;
                    }
                    chosen.remove(chosen.size() - 1);
                }
            }
            return null;
        }

        /** The candidate's busy time with the footprints of the legs already placed on it. */
        private List<Interval> blockedWith(Candidate candidate, List<LegSlot> chosen) {
            List<Interval> blocked = candidate.blocked();
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).resourceId().equals(candidate.resourceId())) {
                    if (blocked == candidate.blocked()) {
                        blocked = new ArrayList<>(blocked);
                    }
                    blocked.add(legs.get(i).timing().footprint(chosen.get(i).start()));
                }
            }
            return blocked;
        }
    }

    private Combinations() {
    }

    public static List<CombinationSlot> starts(List<Leg> legs, Instant from, Instant to, Instant now, long tries,
                                               int limit) {
        if (legs.isEmpty() || legs.stream().anyMatch(leg -> leg.candidates().isEmpty())) {
            return List.of();
        }
        Leg first = legs.get(0);
        TreeMap<Instant, List<Candidate>> firstStarts = new TreeMap<>();
        for (Candidate candidate : first.candidates()) {
            SlotEngine.starts(candidate.resourceId(), candidate.calendar(), first.timing(), candidate.blocked(), from,
                    to, now).forEach(slot -> firstStarts.computeIfAbsent(slot.start(), s -> new ArrayList<>())
                    .add(candidate));
        }
        Search search = new Search(legs, now, tries);
        List<CombinationSlot> combinations = new ArrayList<>();
        for (Map.Entry<Instant, List<Candidate>> start : firstStarts.entrySet()) {
            if (combinations.size() == limit) {
                break;
            }
            Instant firstEnd = start.getKey().plus(first.timing().duration());
            for (Candidate candidate : start.getValue()) {
                List<LegSlot> chosen = new ArrayList<>(legs.size());
                chosen.add(new LegSlot(first.serviceId(), candidate.resourceId(), start.getKey(), firstEnd));
                List<LegSlot> complete = search.chain(1, firstEnd, chosen);
                if (complete != null) {
                    combinations.add(new CombinationSlot(start.getKey(), complete.get(complete.size() - 1).end(),
                            List.copyOf(complete)));
                    break;
                }
            }
        }
        return combinations;
    }
}
