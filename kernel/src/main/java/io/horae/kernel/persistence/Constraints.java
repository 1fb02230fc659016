package io.horae.kernel.persistence;

import io.horae.kernel.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises which database constraint refused a write, wherever in the cause chain the driver put it. */
public final class Constraints {
    private Constraints() {
    }

    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (t instanceof PgException pg && constraint.equals(pg.getConstraint())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("\"" + constraint + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code write}, with its refusal by {@code constraint} answered as a 409 saying {@code detail}: the constraint is
     * the one check (no count before the write, which a concurrent write could pass too).
     */
    public static <T> Uni<T> refusedAs(Uni<T> write, String constraint, String detail) {
        return write.onFailure(e -> violated(e, constraint)).transform(e -> ProblemException.conflict(detail));
    }
}
