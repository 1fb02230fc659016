package io.horae.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A bounded in-memory map whose entries live for a fixed time after they were last written (or read, when
 * {@code touchOnRead}). Stale entries are dropped on the way and by {@link #sweep()}; a map that grows past its
 * bound is emptied rather than let the gateway run out of memory under a flood of distinct keys.
 */
public final class ExpiringMap<K, V> {
    private record Entry<V>(V value, long touchedAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long lifeNanos;
    private final int maxSize;
    private final boolean touchOnRead;

    public ExpiringMap(java.time.Duration life, int maxSize, boolean touchOnRead) {
        this.lifeNanos = life.toNanos();
        this.maxSize = maxSize;
        this.touchOnRead = touchOnRead;
    }

    /** The live value, or a new one from {@code create}. */
    public V computeIfAbsent(K key, Function<K, V> create) {
        long now = System.nanoTime();
        Entry<V> entry = entries.compute(key, (k, old) -> {
            if (old != null && now - old.touchedAt() < lifeNanos) {
                return touchOnRead ? new Entry<>(old.value(), now) : old;
            }
            return new Entry<>(create.apply(k), now);
        });
        if (entries.size() > maxSize) {
            entries.clear();
        }
        return entry.value();
    }

    /** The live value, or null. */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || System.nanoTime() - entry.touchedAt() >= lifeNanos) {
            return null;
        }
        return entry.value();
    }

    public void remove(K key) {
        entries.remove(key);
    }

    /** Drops every entry whose key and value match. */
    public void removeIf(BiPredicate<K, V> match) {
        entries.entrySet().removeIf(e -> match.test(e.getKey(), e.getValue().value()));
    }

    /** Drops what has expired; call it now and then. */
    public void sweep() {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.touchedAt() >= lifeNanos);
    }
}
