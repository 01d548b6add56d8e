package org.tiegraph.bench;

/** An open-addressing set of non-negative longs without boxing, for de-duplicating millions of generated edges. */
final class LongHashSet {

    private long[] slots;
    private int size;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** Adds a value (must be ≥ 0); false when it was already present. */
    boolean add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, value + 1)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long stored) {
        int mask = table.length - 1;
        int i = (int) (mix(stored) & mask);
        while (table[i] != 0) {
            if (table[i] == stored) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = stored;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long stored : old) {
            if (stored != 0) {
                insert(slots, stored);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
