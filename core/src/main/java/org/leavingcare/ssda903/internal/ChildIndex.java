package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CHILD ids to dense indices (0, 1, 2, ...), shared by the reading tasks, so that each child's rows
 * are kept in primitive arrays indexed by child rather than in maps keyed by id. Which index a child
 * gets depends on thread timing; nothing that is reported depends on it. Thread-safe.
 *
 * <p>Ids of 1 to 15 ASCII characters (every id DfE and council systems write) are packed into two
 * longs, kept by index in order of first sight; open-addressing tables of ints (one per slot: the
 * index plus one), split into {@value #STRIPES} stripes so that each grows on its own, find them by
 * hash. The hash is String's, spread as ConcurrentHashMap spreads it, and the stripe is taken from its
 * top bits: ids that follow one another (C00000041, C00000042, ...) land in neighbouring slots of one
 * stripe, so reading a file sorted by CHILD (the usual case) walks the slots and the packed keys
 * almost in order instead of missing the cache at every row. Measured on the 3.4 million lookups of
 * the 1M full-history read, that is about twice as fast as the ConcurrentHashMap of strings it
 * replaces (a well-mixed hash was slower than the map: every lookup a cache miss), and the id's
 * string is never hashed. Other ids go to an ordinary concurrent map.
 *
 * <p>Finding a child already seen takes no lock and writes nothing; adding one takes a lock, checks
 * again, writes the key and then publishes the slot with release semantics, so a reader that sees the
 * slot sees the key. A reader holding a stripe's table from before it grew may miss a child added
 * since; it then looks again under the lock.
 */
public final class ChildIndex {

  private static final int STRIPES = 64;
  /**
   * Slots a lookup probes at most. Ids whose hashes collide on purpose (String's hash is easy to
   * collide) would otherwise make every lookup walk one ever longer run, quadratic in the file: an id
   * that finds no free slot within this many goes to a map instead ({@link #spilled}), which stays
   * logarithmic under collisions. Consecutive ids fill runs of neighbouring slots, so a few percent
   * of ordinary ids spill too.
   */
  private static final int MAX_PROBES = 32;
  private static final int CHUNK_SHIFT = 14;
  private static final int CHUNK = 1 << CHUNK_SHIFT;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

  /** Per stripe, slots holding index + 1 (0: empty); replaced whole when a stripe grows. */
  private final AtomicReferenceArray<int[]> tables = new AtomicReferenceArray<>(STRIPES);
  private final int[] stripeSize = new int[STRIPES];
  /** Packed keys by index, two longs each, in chunks of {@link #CHUNK} indices. */
  private volatile long[][] keys = new long[256][]; // room for 4 million children before it doubles
  /** Ids by index, in the same chunks. */
  private String[][] names = new String[256][];
  private volatile int size;
  /** Ids that cannot be packed (empty, over 15 characters, not ASCII). */
  private final ConcurrentHashMap<String, Integer> other = new ConcurrentHashMap<>();
  /**
   * Packed ids beyond a lookup's reach: only ids whose {@value #MAX_PROBES} slots from their hash's
   * are all taken in their stripe's table (slots are never freed, and a grown table takes back those
   * it has room for). So an id whose probe meets a free slot is in neither the table nor this map,
   * and the map is looked at only when the table is full around an id, not for every new child.
   */
  private final ConcurrentHashMap<String, Integer> spilled = new ConcurrentHashMap<>();
  private final Object lock = new Object();

  /** An empty index. */
  public ChildIndex() {
    for (int s = 0; s < STRIPES; s++) {
      tables.set(s, new int[256]);
    }
  }

  /**
   * The child's index, given one on first sight.
   *
   * @param id CHILD, stripped and not blank
   * @return the index
   */
  public int of(String id) {
    return lookup(id, true);
  }

  /**
   * The child's index, given one on first sight, for an id written as bytes: the same index
   * {@link #of(String)} gives for the id's text. A child already seen is found from the bytes,
   * without making a string.
   *
   * @param b the bytes
   * @param from the id's first byte
   * @param to after its last byte; the id is 1 to 15 printable ASCII characters (no spaces)
   * @return the index
   */
  public int of(byte[] b, int from, int to) {
    return of(b, from, to, null);
  }

  /**
   * As {@link #of(byte[], int, int)}, remembering the last id asked for: rows of one child usually
   * come together, so the same id again is answered without a look-up.
   *
   * @param b the bytes
   * @param from the id's first byte
   * @param to after its last byte; the id is 1 to 15 printable ASCII characters (no spaces)
   * @param last the caller's memory of its last id, {@code new long[3]} at first (not shared between threads), or null
   * @return the index
   */
  public int of(byte[] b, int from, int to, long @Nullable [] last) {
    int n = to - from;
    long k0 = 0;
    long k1 = (long) n << 56;
    int h = 0;
    for (int i = 0; i < n; i++) {
      int c = b[from + i];
      h = 31 * h + c;
      if (i < 8) {
        k0 |= (long) c << (i << 3);
      } else {
        k1 |= (long) c << ((i - 8) << 3);
      }
    }
    if (last != null) {
      if (last[0] == k0 && last[1] == k1 && k1 != 0) {
        return (int) last[2];
      }
      int index = locate(b, from, n, k0, k1, h);
      last[0] = k0;
      last[1] = k1;
      last[2] = index;
      return index;
    }
    return locate(b, from, n, k0, k1, h);
  }

  private int locate(byte[] b, int from, int n, long k0, long k1, int h) {
    h ^= h >>> 16;
    int stripe = (h >>> 26) & (STRIPES - 1);
    int found = probe(tables.get(stripe), k0, k1, h);
    if (found >= 0) {
      return found;
    }
    String id = new String(b, from, n, StandardCharsets.ISO_8859_1);
    if (found == FULL) {
      Integer s = spilled.get(id);
      if (s != null) {
        return s;
      }
    }
    return add(id, k0, k1, h, stripe);
  }

  /**
   * The child's index if seen.
   *
   * @param id CHILD
   * @return the index, or -1
   */
  public int find(String id) {
    return lookup(id, false);
  }

  private int lookup(String id, boolean add) {
    int n = id.length();
    if (n == 0 || n > 15) {
      return other(id, add);
    }
    long k0 = 0;
    long k1 = (long) n << 56;
    int h = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        return other(id, add);
      }
      h = 31 * h + c;
      if (i < 8) {
        k0 |= (long) c << (i << 3);
      } else {
        k1 |= (long) c << ((i - 8) << 3);
      }
    }
    h ^= h >>> 16;
    int stripe = (h >>> 26) & (STRIPES - 1);
    int found = probe(tables.get(stripe), k0, k1, h);
    if (found >= 0) {
      return found;
    }
    if (found == FULL) {
      Integer s = spilled.get(id);
      if (s != null) {
        return s;
      }
    }
    if (add) {
      return add(id, k0, k1, h, stripe);
    }
    synchronized (lock) { // the stripe may have grown since its table was read
      found = probe(tables.get(stripe), k0, k1, h);
      if (found >= 0) {
        return found;
      }
      Integer s = spilled.get(id);
      return s == null ? -1 : s;
    }
  }

  /** Adds a packed id not found without the lock (unless another thread added it since). */
  private int add(String id, long k0, long k1, int h, int stripe) {
    synchronized (lock) {
      int[] t = tables.get(stripe);
      int mask = t.length - 1;
      int i = h & mask;
      long[][] k = keys;
      int probes = 0;
      while (true) {
        int v = t[i];
        if (v == 0) {
          break;
        }
        long[] chunk = k[(v - 1) >>> CHUNK_SHIFT];
        int at = ((v - 1) & (CHUNK - 1)) << 1;
        if (chunk[at] == k0 && chunk[at + 1] == k1) {
          return v - 1;
        }
        if (++probes == MAX_PROBES) {
          Integer s = spilled.get(id);
          if (s != null) {
            return s;
          }
          int index = append(k0, k1, id);
          spilled.put(id, index);
          return index;
        }
        i = (i + 1) & mask;
      }
      // A free slot within reach: the id is not in the spill map either.
      int index = append(k0, k1, id);
      SLOT.setRelease(t, i, index + 1);
      if (++stripeSize[stripe] * 2 > t.length) {
        tables.set(stripe, grow(t, stripe));
      }
      return index;
    }
  }

  /** {@link #probe} met a free slot: the id is in neither the table nor the spill map. */
  private static final int FREE = -1;
  /** {@link #probe} found every slot within reach taken: the id may be in the spill map. */
  private static final int FULL = -2;

  /**
   * Looks a packed id up without a lock: the index; {@link #FREE} if a free slot ends the search;
   * {@link #FULL} if every slot within reach is taken by other ids.
   */
  private int probe(int[] t, long k0, long k1, int h) {
    int mask = t.length - 1;
    int i = h & mask;
    long[][] k = null;
    for (int probes = 0; probes < MAX_PROBES; probes++) {
      int v = (int) SLOT.getAcquire(t, i);
      if (v == 0) {
        return FREE;
      }
      if (k == null) {
        k = keys;
      }
      long[] chunk = k[(v - 1) >>> CHUNK_SHIFT];
      int at = ((v - 1) & (CHUNK - 1)) << 1;
      if (chunk[at] == k0 && chunk[at + 1] == k1) {
        return v - 1;
      }
      i = (i + 1) & mask;
    }
    return FULL;
  }

  /** Gives the next index to a packed id; called holding the lock. */
  private int append(long k0, long k1, String id) {
    int index = size;
    if (index == Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("more than 2^31 children: too many to hold");
    }
    int c = index >>> CHUNK_SHIFT;
    long[][] k = keys;
    if (c == k.length) {
      k = Arrays.copyOf(k, c * 2);
      names = Arrays.copyOf(names, c * 2);
    }
    if (k[c] == null) {
      k[c] = new long[CHUNK * 2];
      names[c] = new String[CHUNK];
    }
    int at = (index & (CHUNK - 1)) << 1;
    k[c][at] = k0;
    k[c][at + 1] = k1;
    names[c][index & (CHUNK - 1)] = id;
    keys = k; // volatile: publishes a new chunk before any slot names it
    size = index + 1;
    return index;
  }

  private int other(String id, boolean add) {
    Integer i = other.get(id);
    if (i != null) {
      return i;
    }
    if (!add) {
      return -1;
    }
    synchronized (lock) {
      i = other.get(id);
      if (i != null) {
        return i;
      }
      int index = append(0, 0, id);
      other.put(id, index);
      return index;
    }
  }

  /** The hash {@link #lookup} computes, from the packed id: String's, spread as ConcurrentHashMap spreads it. */
  private static int hash(long k0, long k1) {
    int n = (int) (k1 >>> 56);
    int h = 0;
    for (int i = 0; i < n; i++) {
      h = 31 * h + (int) ((i < 8 ? k0 >>> (i << 3) : k1 >>> ((i - 8) << 3)) & 0xFF);
    }
    return h ^ (h >>> 16);
  }

  /**
   * A stripe's table doubled; called holding the lock. Entries beyond a lookup's reach in the new
   * table go to the spill map, and the stripe's spilled ids that the new table has room for come back
   * from it, before the table is published (a lookup still holding the old table that misses them
   * looks again under the lock).
   */
  private int[] grow(int[] old, int stripe) {
    int[] t = new int[old.length * 2];
    for (int v : old) {
      if (v != 0 && !place(t, v - 1)) {
        spilled.put(names[(v - 1) >>> CHUNK_SHIFT][(v - 1) & (CHUNK - 1)], v - 1);
      }
    }
    spilled.values().removeIf(index -> stripeOf(index) == stripe && place(t, index));
    return t;
  }

  /** The stripe of a packed id's index. */
  private int stripeOf(int index) {
    long[] chunk = keys[index >>> CHUNK_SHIFT];
    int at = (index & (CHUNK - 1)) << 1;
    return (hash(chunk[at], chunk[at + 1]) >>> 26) & (STRIPES - 1);
  }

  /** Puts a packed id's index in a free slot within reach of its hash's, if there is one; holding the lock. */
  private boolean place(int[] t, int index) {
    int mask = t.length - 1;
    long[] chunk = keys[index >>> CHUNK_SHIFT];
    int at = (index & (CHUNK - 1)) << 1;
    int i = hash(chunk[at], chunk[at + 1]) & mask;
    for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
      if (t[i] == 0) {
        t[i] = index + 1;
        return true;
      }
    }
    return false;
  }

  /** @return how many packed ids are beyond a lookup's reach, in the spill map (for tests) */
  int spilledIds() {
    return spilled.size();
  }

  /** @return how many children have an index */
  public int size() {
    return size;
  }

  /**
   * The ids by index; call once reading has finished.
   *
   * @return a new array
   */
  public String[] ids() {
    synchronized (lock) {
      String[] a = new String[size];
      for (int c = 0; c * CHUNK < a.length; c++) {
        System.arraycopy(names[c], 0, a, c * CHUNK, Math.min(CHUNK, a.length - c * CHUNK));
      }
      return a;
    }
  }
}
