package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where a waiting list entry stands: waiting, offered a freed place (held for it until the offer expires), booked,
 * lapsed (the offer expired, or the class or course was cancelled) or left.
 */
@RegisterForReflection
public enum WaitlistStatus { WAITING, OFFERED, BOOKED, LAPSED, LEFT }
