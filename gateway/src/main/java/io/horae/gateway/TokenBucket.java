package io.horae.gateway;

/** A token bucket: {@code burst} requests at once, refilled at {@code perSecond}; thread-safe. */
public final class TokenBucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int perSecond, int burst, long now) {
        this.perNano = perSecond / 1e9;
        this.capacity = burst;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** How many nanoseconds until a token will be there (0: there is one now), taking none. */
    public synchronized long waitNanos(long now) {
        double available = Math.min(capacity, tokens + (now - updatedAt) * perNano);
        return available >= 1 ? 0 : (long) Math.ceil((1 - available) / perNano);
    }

    /** Takes a token: 0 if one was there, else how many nanoseconds until one will be. */
    public synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    public boolean sameRate(int perSecond, int burst) {
        return Math.abs(perNano - perSecond / 1e9) < 1e-15 && capacity == burst;
    }
}
