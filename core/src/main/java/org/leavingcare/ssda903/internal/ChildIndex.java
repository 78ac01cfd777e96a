package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CHILD ids to dense indices (0, 1, 2, ...), shared by the reading tasks, so that each child's rows
 * are kept in primitive arrays indexed by child rather than in maps keyed by id. Which index a child
 * gets depends on thread timing; nothing that is reported depends on it. Thread-safe.
 *
 * <p>Ids of 1 to 15 ASCII characters (every id DfE and council systems write) are packed into two
 * longs, kept by index in order of first sight (their text is made from them only when
 * {@link #id(int)} asks: no string per child is kept). Open-addressing tables of longs, split
 * into {@value #STRIPES} stripes that each grow, and take new ids, under their own lock, find them
 * by hash: each slot holds the id's hash and its index, so a lookup reads a key only when the hash
 * is the id's, and a table grows without reading a key. The hash is String's, spread as
 * ConcurrentHashMap spreads it, and the stripe is taken from its bits above the lowest sixteen
 * ({@link #stripe}): ids that follow one another (C00000041, C00000042, ...) land in neighbouring
 * slots of one stripe, so reading a file sorted by CHILD (the usual case) walks the slots and the
 * packed keys almost in order instead of missing the cache at every row. Before the table, a
 * reader remembering its last id tries the indices just after it
 * ({@link #of(byte[], int, int, long[])}): in sorted files the next child is usually there. Other
 * ids go to an ordinary concurrent map.
 *
 * <p>Finding a child already seen takes no lock and writes nothing; adding one takes its stripe's
 * lock, checks again, writes the key and then publishes the slot with release semantics, so a reader
 * that sees the slot sees the key. A reader holding a stripe's table from before it grew may miss a
 * child added since; it then looks again under the lock.
 */
public final class ChildIndex {

  private static final int STRIPES = 64;
  /**
   * Slots a lookup probes at most. Ids made to share a hash would otherwise make every lookup walk
   * one ever longer run, quadratic in the file: an id that finds no free slot within this many goes
   * to a map instead ({@link #spilled}), which stays logarithmic under collisions.
   */
  private static final int MAX_PROBES = 32;
  /**
   * A stripe's table doubles when more than 1/{@value #SPARSE} of its slots are taken. The hashes
   * of one numbering scheme's ids (C00000001, C00000002, ...) fall in dense bands, so a half-full
   * table had long runs of taken slots: 49,934 of a million such ids went to the spill map (a
   * string made and a concurrent map asked, for each look-up of each of them), against 3,280 a
   * quarter full; reading the 1M cohort's files took a tenth less CPU. It costs tables twice the
   * size (46 MB at a million children).
   */
  private static final int SPARSE = 4;
  private static final int CHUNK_SHIFT = 14;
  private static final int CHUNK = 1 << CHUNK_SHIFT;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
  private static final VarHandle TABLE = MethodHandles.arrayElementVarHandle(long[][].class);
  private static final VarHandle KEY_CHUNK = MethodHandles.arrayElementVarHandle(long[][].class);
  private static final VarHandle NAME_CHUNK = MethodHandles.arrayElementVarHandle(String[][].class);
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Per stripe, slots holding the id's hash ({@link #slot}) in the high half and its index + 1 in the
   * low half (0: empty), so that a lookup reads a key only when the hash is the id's, and a table
   * grows without reading any key; replaced whole (with release semantics) when a stripe grows.
   */
  private final long[][] tables = new long[STRIPES][];
  private final int[] stripeSize = new int[STRIPES];
  private final Object[] locks = new Object[STRIPES];
  /** Packed keys by index, two longs each, in chunks of {@link #CHUNK} indices; replaced when it grows. */
  private volatile long[][] keys = new long[256][]; // room for 4 million children before it doubles
  /** Ids by index, in the same chunks. */
  private volatile String[][] names = new String[256][];
  private final Object chunks = new Object();
  private final AtomicInteger size = new AtomicInteger();
  /** Ids that cannot be packed (empty, over 15 characters, not ASCII). */
  private final ConcurrentHashMap<String, Integer> other = new ConcurrentHashMap<>();
  private final Object otherLock = new Object();
  /**
   * Packed ids beyond a lookup's reach: only ids whose {@value #MAX_PROBES} slots from their hash's
   * are all taken in their stripe's table (slots are never freed, and a grown table takes back those
   * it has room for). So an id whose probe meets a free slot is in neither the table nor this map,
   * and the map is looked at only when the table is full around an id, not for every new child.
   */
  private final ConcurrentHashMap<String, Integer> spilled = new ConcurrentHashMap<>();

  /** An empty index. */
  public ChildIndex() {
    for (int s = 0; s < STRIPES; s++) {
      tables[s] = new long[256];
      locks[s] = new Object();
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
   * @param last the caller's memory of its last id and of the last child it found already seen,
   *     {@code new long[4]} at first (not shared between threads), or null
   * @return the index
   */
  public int of(byte[] b, int from, int to, long @Nullable [] last) {
    int n = to - from;
    long k0;
    long k1;
    if (from + 16 <= b.length) { // the usual case: the bytes read as two longs, the rest masked off
      long w0 = (long) LONGS.get(b, from);
      long w1 = (long) LONGS.get(b, from + 8);
      k0 = n >= 8 ? w0 : w0 & ((1L << (n << 3)) - 1);
      k1 = n > 8 ? w1 & ((1L << ((n - 8) << 3)) - 1) : 0;
    } else {
      k0 = 0;
      k1 = 0;
      for (int i = 0; i < n; i++) {
        long c = b[from + i] & 0xFFL;
        if (i < 8) {
          k0 |= c << (i << 3);
        } else {
          k1 |= c << ((i - 8) << 3);
        }
      }
    }
    k1 |= (long) n << 56;
    if (last != null) {
      if (last[0] == k0 && last[1] == k1) {
        return (int) last[2];
      }
      int index = next((int) last[3], k0, k1);
      if (index < 0) {
        int h = hash(k0, k1);
        index = probe(table(stripe(h)), k0, k1, h);
        if (index < 0) { // a new child: its index, the last given, says nothing of where the next child is
          index = added(null, k0, k1, index, h);
        } else {
          last[3] = index;
        }
      } else {
        last[3] = index;
      }
      last[0] = k0;
      last[1] = k1;
      last[2] = index;
      return index;
    }
    int h = hash(k0, k1);
    int found = probe(table(stripe(h)), k0, k1, h);
    return found >= 0 ? found : added(null, k0, k1, found, h);
  }

  /** Indices after the last one found that {@link #next} tries. */
  private static final int AHEAD = 8;

  /**
   * The index of a packed id if it is one of the {@value #AHEAD} after {@code last}, else -1: in a
   * file sorted by CHILD, the next child already seen is usually one of the next indices after the
   * last (indices are given in order of first sight, and earlier files were sorted too), found by
   * comparing neighbouring keys, without the hash table. A key is written once, before its index is published, and never changes, and no
   * packed id is all zero bits: a key read here that equals the id is that index's, even read
   * before its index was published.
   */
  private int next(int last, long k0, long k1) {
    long[][] k = keys;
    for (int i = last + 1; i <= last + AHEAD; i++) {
      int c = i >>> CHUNK_SHIFT;
      long[] chunk = c < k.length ? k[c] : null;
      if (chunk == null) {
        return -1;
      }
      int at = (i & (CHUNK - 1)) << 1;
      if (chunk[at] == k0 && chunk[at + 1] == k1) {
        return i;
      }
    }
    return -1;
  }

  /** A packed id not found without the lock (its text, or null to make it from the key): its index from the spill map, or added. */
  private int added(@Nullable String id, long k0, long k1, int found, int h) {
    if (found == FULL) {
      Integer s = spilled.get(id != null ? id : text(k0, k1));
      if (s != null) {
        return s;
      }
    }
    return add(id, k0, k1, h);
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
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        return other(id, add);
      }
      if (i < 8) {
        k0 |= (long) c << (i << 3);
      } else {
        k1 |= (long) c << ((i - 8) << 3);
      }
    }
    int h = hash(k0, k1);
    int stripe = stripe(h);
    int found = probe(table(stripe), k0, k1, h);
    if (found >= 0) {
      return found;
    }
    if (add) {
      return added(id, k0, k1, found, h);
    }
    synchronized (locks[stripe]) { // the stripe may have grown since its table was read
      found = probe(tables[stripe], k0, k1, h);
      if (found >= 0) {
        return found;
      }
      Integer s = spilled.get(id);
      return s == null ? -1 : s;
    }
  }

  /** The hash of a packed id: String's, spread as ConcurrentHashMap spreads it. */
  private static int hash(long k0, long k1) {
    int n = (int) (k1 >>> 56);
    int h = 0;
    for (int i = 0; i < n; i++) {
      h = 31 * h + (int) ((i < 8 ? k0 >>> (i << 3) : k1 >>> ((i - 8) << 3)) & 0xFF);
    }
    return h ^ (h >>> 16);
  }

  /**
   * A hash's stripe: its bits above the lowest sixteen, mixed, so that neighbouring hashes (within
   * 65,536) share a stripe, and the few dense bands of hashes one numbering scheme's ids fall in
   * spread over every stripe. Taken from the hash's top bits, a million consecutive ids went to 5
   * stripes of 64 (both reading threads adding to the same few tables, under the same few locks);
   * reading the 1M cohort's files took about 4% less CPU this way.
   */
  private static int stripe(int h) {
    int r = (h >>> 16) * 0x85ebca6b;
    return (r ^ r >>> 15) & (STRIPES - 1);
  }

  private long[] table(int stripe) {
    return (long[]) TABLE.getAcquire(tables, stripe);
  }

  /** Adds a packed id not found without the lock (unless another thread added it since). */
  private int add(@Nullable String id, long k0, long k1, int h) {
    int stripe = stripe(h);
    synchronized (locks[stripe]) {
      long[] t = tables[stripe];
      int mask = t.length - 1;
      int i = h & mask;
      long[][] k = keys;
      int probes = 0;
      while (true) {
        long e = t[i];
        if (e == 0) {
          break;
        }
        int v = (int) e;
        long[] chunk = k[(v - 1) >>> CHUNK_SHIFT];
        int at = ((v - 1) & (CHUNK - 1)) << 1;
        if ((int) (e >>> 32) == h && chunk[at] == k0 && chunk[at + 1] == k1) {
          return v - 1;
        }
        if (++probes == MAX_PROBES) {
          String text = id != null ? id : text(k0, k1);
          Integer s = spilled.get(text);
          if (s != null) {
            return s;
          }
          int index = append(k0, k1, null);
          spilled.put(text, index);
          return index;
        }
        i = (i + 1) & mask;
      }
      // A free slot within reach: the id is not in the spill map either.
      int index = append(k0, k1, null);
      SLOT.setRelease(t, i, entry(h, index));
      if (++stripeSize[stripe] * SPARSE > t.length) {
        TABLE.setRelease(tables, stripe, grow(t, stripe));
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
  private int probe(long[] t, long k0, long k1, int h) {
    int mask = t.length - 1;
    int i = h & mask;
    for (int probes = 0; probes < MAX_PROBES; probes++) {
      long e = (long) SLOT.getAcquire(t, i);
      if (e == 0) {
        return FREE;
      }
      if ((int) (e >>> 32) == h) {
        int v = (int) e;
        long[] chunk = keys[(v - 1) >>> CHUNK_SHIFT];
        int at = ((v - 1) & (CHUNK - 1)) << 1;
        if (chunk[at] == k0 && chunk[at + 1] == k1) {
          return v - 1;
        }
      }
      i = (i + 1) & mask;
    }
    return FULL;
  }

  /** A slot's content: the hash and the index. */
  private static long entry(int h, int index) {
    return (long) h << 32 | (index + 1L);
  }

  /**
   * Gives the next index to an id and keeps its packed key, and its text if it is not packed (the
   * text of a packed id is made from its key when asked for: no string per child while reading);
   * called holding the id's stripe lock (or, for ids that are not packed, {@link #otherLock}).
   */
  private int append(long k0, long k1, @Nullable String id) {
    int index = size.getAndIncrement();
    if (index >= Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("more than 2^31 children: too many to hold");
    }
    int c = index >>> CHUNK_SHIFT;
    long[][] k = keys; // read before names: a new pair of arrays is published names first
    String[][] s = names;
    long[] keyChunk = c < k.length ? (long[]) KEY_CHUNK.getAcquire(k, c) : null;
    if (keyChunk == null) {
      synchronized (chunks) {
        k = keys;
        s = names;
        if (c >= k.length) {
          s = Arrays.copyOf(s, Math.max(c + 1, s.length * 2));
          k = Arrays.copyOf(k, s.length);
          names = s;
          keys = k; // volatile: published after names, and before any slot names an index of a new chunk
        }
        keyChunk = k[c];
        if (keyChunk == null) {
          NAME_CHUNK.setRelease(s, c, new String[CHUNK]);
          keyChunk = new long[CHUNK * 2];
          KEY_CHUNK.setRelease(k, c, keyChunk); // after its names' chunk: a thread that sees it sees both
        }
      }
    }
    int at = (index & (CHUNK - 1)) << 1;
    keyChunk[at] = k0;
    keyChunk[at + 1] = k1;
    if (id != null) {
      s[c][index & (CHUNK - 1)] = id;
    }
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
    synchronized (otherLock) {
      i = other.get(id);
      if (i != null) {
        return i;
      }
      int index = append(0, 0, id);
      other.put(id, index);
      return index;
    }
  }

  /**
   * A stripe's table doubled; called holding its lock. Entries beyond a lookup's reach in the new
   * table go to the spill map, and the stripe's spilled ids that the new table has room for come back
   * from it, before the table is published (a lookup still holding the old table that misses them
   * looks again under the lock).
   */
  private long[] grow(long[] old, int stripe) {
    long[] t = new long[old.length * 2];
    for (long e : old) {
      if (e != 0 && !place(t, (int) (e >>> 32), (int) e - 1)) {
        spilled.put(id((int) e - 1), (int) e - 1);
      }
    }
    if (!spilled.isEmpty()) {
      spilled.values().removeIf(index -> stripeOf(index) == stripe && place(t, index));
    }
    return t;
  }

  /** The text of a packed id. */
  private static String text(long k0, long k1) {
    int n = (int) (k1 >>> 56);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i < 8 ? k0 >>> (i << 3) : k1 >>> ((i - 8) << 3));
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** The stripe of a packed id's index. */
  private int stripeOf(int index) {
    long[] chunk = keys[index >>> CHUNK_SHIFT];
    int at = (index & (CHUNK - 1)) << 1;
    return stripe(hash(chunk[at], chunk[at + 1]));
  }

  /** Puts an id's index in a free slot within reach of its hash's, if there is one; holding its stripe's lock. */
  private static boolean place(long[] t, int h, int index) {
    int mask = t.length - 1;
    int i = h & mask;
    for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
      if (t[i] == 0) {
        t[i] = entry(h, index);
        return true;
      }
    }
    return false;
  }

  /** {@link #place} for a spilled packed id, by its key. */
  private boolean place(long[] t, int index) {
    long[] chunk = keys[index >>> CHUNK_SHIFT];
    int at = (index & (CHUNK - 1)) << 1;
    long k0 = chunk[at];
    long k1 = chunk[at + 1];
    return place(t, hash(k0, k1), index);
  }

  /** @return how many packed ids are beyond a lookup's reach, in the spill map (for tests) */
  int spilledIds() {
    return spilled.size();
  }

  /** @return how many children have an index */
  public int size() {
    return size.get();
  }

  /**
   * The id of an index; call once reading has finished. A packed id's text is made at each call.
   *
   * @param index a child's index
   * @return CHILD
   */
  public String id(int index) {
    String id = names[index >>> CHUNK_SHIFT][index & (CHUNK - 1)];
    if (id != null) {
      return id;
    }
    long[] chunk = keys[index >>> CHUNK_SHIFT];
    int at = (index & (CHUNK - 1)) << 1;
    return text(chunk[at], chunk[at + 1]);
  }

  /**
   * Every id, by index; call once reading has finished (for tests).
   *
   * @return a new array
   */
  String[] ids() {
    String[] a = new String[size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = id(i);
    }
    return a;
  }
}
