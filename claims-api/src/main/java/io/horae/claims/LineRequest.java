package io.horae.claims;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A line as clients write it in a booking or a hold: a service on a resource at a start ({@code resourceId},
 * {@code serviceId}, {@code start}, optionally {@code seats} of a shared start), seats in a class ({@code classId},
 * optionally {@code seats}), a rental ({@code resourceId}, {@code start}, {@code end}, no service), or pieces of a
 * product ({@code productId}, {@code start}, {@code amount}, optionally {@code locationId}). Validated as one of
 * these; {@link #line()} is then the {@link ClaimLine} it describes.
 */
@RegisterForReflection
@LineRequest.OneKind
public record LineRequest(UUID resourceId, UUID serviceId, OffsetDateTime start, UUID classId,
                          @Min(1) @Max(1000) Integer seats, OffsetDateTime end, UUID productId, UUID locationId,
                          @Min(1) @Max(10_000) Integer amount) {
    /** The longest rental. */
    public static final Duration LONGEST_RENTAL = Duration.ofDays(93);

    /** {@code seats} of a service with a resource at {@code start} (one seat unless the start is shared). */
    public static LineRequest serviceStart(UUID resourceId, UUID serviceId, OffsetDateTime start, Integer seats) {
        return new LineRequest(resourceId, serviceId, start, null, seats, null, null, null, null);
    }

    /** {@code seats} in the class occurrence {@code classId}. */
    public static LineRequest classSeats(UUID classId, Integer seats) {
        return new LineRequest(null, null, null, classId, seats, null, null, null, null);
    }

    /** The resource {@code resourceId} from {@code start} to {@code end}, with no service. */
    public static LineRequest rental(UUID resourceId, OffsetDateTime start, OffsetDateTime end) {
        return new LineRequest(resourceId, null, start, null, null, end, null, null, null);
    }

    /** {@code amount} pieces of a product for {@code start}, at a location or none. */
    public static LineRequest productPieces(UUID productId, UUID locationId, OffsetDateTime start, int amount) {
        return new LineRequest(null, null, start, null, null, null, productId, locationId, amount);
    }

    /** The claim line this request describes; call it on a valid request. */
    public ClaimLine line() {
        Fault fault = fault();
        if (fault != null) {
            throw new IllegalArgumentException(fault.message());
        }
        if (productId != null) {
            return new ClaimLine.ProductPieces(productId, locationId, start, amount == null ? 1 : amount);
        }
        if (classId != null) {
            return new ClaimLine.ClassSeats(classId, seatCount());
        }
        if (serviceId == null) {
            return new ClaimLine.Rental(resourceId, start, end);
        }
        return new ClaimLine.ServiceStart(resourceId, serviceId, start, seatCount());
    }

    private int seatCount() {
        return seats == null ? 1 : seats;
    }

    /** What makes the request none of the kinds of line, or null; {@code field} names a field within the line. */
    record Fault(String field, String message) {
    }

    Fault fault() {
        if (productId != null) {
            if (resourceId != null || serviceId != null || classId != null || end != null || seats != null) {
                return new Fault(null, "a product line has productId, amount, start and optionally locationId, "
                        + "nothing else");
            }
            return start == null ? new Fault("start", "is required") : null;
        }
        if (amount != null) {
            return new Fault("amount", "is for product lines");
        }
        if (classId != null) {
            return null;
        }
        if (serviceId == null && end != null) {
            boolean valid = resourceId != null && start != null && end.isAfter(start)
                    && !end.isAfter(start.plus(LONGEST_RENTAL));
            return valid ? null : new Fault(null, "a rental needs resourceId, start and an end after it, at most "
                    + LONGEST_RENTAL.toDays() + " days on");
        }
        if (resourceId == null || serviceId == null || start == null) {
            return new Fault(null, "needs resourceId, serviceId and start, a classId, or resourceId, start and end "
                    + "(a rental)");
        }
        return null;
    }

    /** The request describes exactly one kind of line. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = OneKindValidator.class)
    public @interface OneKind {
        String message() default "is not a line";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Names the fault of a line that is no kind of line, on the line or on its field. */
    public static class OneKindValidator implements ConstraintValidator<OneKind, LineRequest> {
        @Override
        public boolean isValid(LineRequest request, ConstraintValidatorContext context) {
            Fault fault = request == null ? null : request.fault();
            if (fault == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            var violation = context.buildConstraintViolationWithTemplate(fault.message());
            if (fault.field() != null) {
                violation.addPropertyNode(fault.field()).addConstraintViolation();
            } else {
                violation.addConstraintViolation();
            }
            return false;
        }
    }
}
