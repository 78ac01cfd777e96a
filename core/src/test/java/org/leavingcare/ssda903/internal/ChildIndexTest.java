package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The child index gives each distinct id one index, from two threads at once, whatever the id's length or characters. */
class ChildIndexTest {

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(switch (i % 5) {
        case 0 -> "C" + i;                                  // short, packed
        case 1 -> String.format(java.util.Locale.ROOT, "%016d", i); // exactly 16 characters
        case 2 -> "a-much-longer-child-identifier-" + i;     // compared as a string
        case 3 -> "Zoë" + i;                                 // one-byte non-ASCII character
        default -> "子" + i;                                  // beyond one byte
      });
    }
    ids.add("");
    ids.add("\u0000");
    return ids;
  }

  @Test
  void eachDistinctIdGetsOneIndexFromTwoThreads() throws Exception {
    ChildIndex index = new ChildIndex();
    List<String> ids = ids();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(pool.submit(() -> {
          int[] got = new int[ids.size()];
          for (int i = 0; i < ids.size(); i++) {
            got[i] = index.of(ids.get(i));
          }
          return got;
        }));
      }
      int[] a = results.get(0).get();
      int[] b = results.get(1).get();
      assertThat(a).isEqualTo(b);
      assertThat(index.size()).isEqualTo(ids.size());
      Set<Integer> distinct = new HashSet<>();
      for (int v : a) {
        distinct.add(v);
      }
      assertThat(distinct).hasSize(ids.size());
      String[] byIndex = index.ids();
      for (int i = 0; i < ids.size(); i++) {
        assertThat(byIndex[a[i]]).isEqualTo(ids.get(i));
        assertThat(index.find(ids.get(i))).isEqualTo(a[i]);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.find("never seen")).isEqualTo(-1);
    assertThat(index.find("C1 ")).isEqualTo(-1);
    assertThat(index.find("C00")).isEqualTo(-1);
  }

  @Test
  void sortedRunsOfIdsAndIdsWithEqualHashesKeepTheirOwnIndices() {
    ChildIndex index = new ChildIndex();
    int n = 100_000; // consecutive ids hash to neighbouring slots; the tables grow many times
    for (int i = 0; i < n; i++) {
      assertThat(index.of(String.format(java.util.Locale.ROOT, "C%08d", i))).isEqualTo(i);
    }
    // "Aa" and "BB" have the same String hash, as do "AaAa", "AaBB", "BBAa" and "BBBB"
    List<String> same = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
    for (int i = 0; i < same.size(); i++) {
      assertThat(index.of(same.get(i))).isEqualTo(n + i);
    }
    for (int i = n - 1; i >= 0; i -= 7) {
      assertThat(index.find(String.format(java.util.Locale.ROOT, "C%08d", i))).isEqualTo(i);
    }
    for (int i = 0; i < same.size(); i++) {
      assertThat(index.find(same.get(i))).isEqualTo(n + i);
    }
    assertThat(index.find(String.format(java.util.Locale.ROOT, "C%08d", n))).isEqualTo(-1);
    assertThat(index.find("C0000000")).isEqualTo(-1);
    String[] ids = index.ids();
    assertThat(ids).hasSize(n + same.size());
    assertThat(ids[12_345]).isEqualTo("C00012345");
    assertThat(ids[n + 3]).isEqualTo("AaBB");
  }

  @Test
  void idsCraftedToShareOneHashStillGetOneIndexEachThroughGrowthAndFromTwoThreads() throws Exception {
    // 2^7 ids of 14 characters made of "Aa" and "BB" all have one String hash: far more than a lookup
    // probes, so most spill to the ordinary map; ordinary ids after them make the tables grow.
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 128; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 7; b++) {
        id.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    for (int i = 0; i < 50_000; i++) {
      ids.add("C" + i);
    }
    ChildIndex index = new ChildIndex();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<int[]>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> ids.stream().mapToInt(index::of).toArray()));
      }
      int[] first = runs.get(0).get();
      assertThat(runs.get(1).get()).containsExactly(first);
      assertThat(index.size()).isEqualTo(ids.size());
      assertThat(new HashSet<>(java.util.Arrays.stream(first).boxed().toList())).hasSize(ids.size());
      String[] byIndex = index.ids();
      for (int i = 0; i < ids.size(); i++) {
        assertThat(index.find(ids.get(i))).isEqualTo(first[i]);
        assertThat(byIndex[first[i]]).isEqualTo(ids.get(i));
      }
      assertThat(index.find("AaAaAaAaAaAaAB")).isEqualTo(-1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyIdsWhoseSlotsAreAllTakenStayInTheSpillMapAndAGrownTableTakesTheRestBack() {
    ChildIndex index = new ChildIndex();
    List<String> same = new ArrayList<>();
    for (int bits = 0; bits < 128; bits++) { // one String hash for all: one stripe, one run of slots
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 7; b++) {
        id.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
      }
      same.add(id.toString());
    }
    for (int i = 0; i < same.size(); i++) {
      assertThat(ofBytes(index, same.get(i))).isEqualTo(i);
    }
    // 32 of them fill the slots within reach of their hash's; the other 96 spill, and stay spilled
    // however much the tables grow (their hash's slots stay taken).
    assertThat(index.spilledIds()).isEqualTo(96);
    int n = 300_000; // consecutive ids: dense bands of hashes, runs of neighbouring slots, many growths
    for (int i = 0; i < n; i++) {
      assertThat(ofBytes(index, "C" + (10_000_000 + i))).isEqualTo(same.size() + i);
    }
    // Tables at most a quarter full leave few of them beyond reach (2,336; half full: 10,327).
    assertThat(index.spilledIds()).isBetween(96, 96 + n / 100);
    for (int i = 0; i < n; i++) {
      assertThat(ofBytes(index, "C" + (10_000_000 + i))).isEqualTo(same.size() + i);
      assertThat(index.find("C" + (10_000_000 + i))).isEqualTo(same.size() + i);
    }
    for (int i = 0; i < same.size(); i++) {
      assertThat(index.find(same.get(i))).isEqualTo(i);
      assertThat(ofBytes(index, same.get(i))).isEqualTo(i);
    }
    assertThat(index.find("C" + (10_000_000 + n))).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(same.size() + n);
  }

  private static int ofBytes(ChildIndex index, String id) {
    byte[] b = ("," + id + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return index.of(b, 1, b.length - 1);
  }

  @Test
  void idsWrittenAsBytesGetTheIndexTheirTextGets() {
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 128; bits++) { // one String hash for all: most spill to the ordinary map
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 7; b++) {
        id.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    for (int i = 0; i < 20_000; i++) {
      ids.add("C" + i);
    }
    ids.add("ABCDEFGHIJKLMNO");
    ChildIndex index = new ChildIndex();
    for (int i = 0; i < ids.size(); i++) {
      int first = i % 2 == 0 ? index.of(ids.get(i)) : ofBytes(index, ids.get(i));
      assertThat(first).isEqualTo(i);
    }
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ofBytes(index, ids.get(i))).as(ids.get(i)).isEqualTo(i);
      assertThat(index.of(ids.get(i))).isEqualTo(i);
    }
    long[] last = new long[4];
    for (int i = 0; i < ids.size(); i++) { // each id twice in a row, then the one before it again
      byte[] b = ("," + ids.get(i) + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(index.of(b, 1, b.length - 1, last)).isEqualTo(i);
      assertThat(index.of(b, 1, b.length - 1, last)).isEqualTo(i);
      if (i > 0) {
        byte[] p = ("," + ids.get(i - 1) + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(index.of(p, 1, p.length - 1, last)).isEqualTo(i - 1);
      }
    }
    assertThat(index.size()).isEqualTo(ids.size());
    assertThat(index.ids()).containsExactlyElementsOf(ids);
  }

  @Test
  void aReaderRememberingItsLastChildFindsTheNextOnesAheadOrInTheTableWhileAnotherThreadAdds() throws Exception {
    ChildIndex index = new ChildIndex();
    int n = 60_000;
    for (int i = 0; i < n; i += 2) { // a first file: every other child, in order
      assertThat(ofBytes(index, "C" + (100_000 + i))).isEqualTo(i / 2);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // Two later files at once, both sorted: one with every child (half of them new), the other
      // skipping children and going back now and then, so that the ids ahead are sometimes not the next.
      Future<int[]> all = pool.submit(() -> {
        long[] last = new long[4];
        int[] got = new int[n];
        for (int i = 0; i < n; i++) {
          byte[] b = (",C" + (100_000 + i) + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
          got[i] = index.of(b, 1, b.length - 1, last);
        }
        return got;
      });
      Future<int[]> some = pool.submit(() -> {
        long[] last = new long[4];
        int[] got = new int[n];
        for (int i = 0; i < n; i++) {
          int id = i % 7 == 3 ? i - 5 : i % 3 == 0 ? i : -1;
          if (id >= 0) {
            byte[] b = (",C" + (100_000 + id) + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            got[i] = index.of(b, 1, b.length - 1, last);
          } else {
            got[i] = -1;
          }
        }
        return got;
      });
      int[] a = all.get();
      int[] b = some.get();
      assertThat(index.size()).isEqualTo(n);
      String[] ids = index.ids();
      for (int i = 0; i < n; i++) {
        assertThat(ids[a[i]]).isEqualTo("C" + (100_000 + i));
        assertThat(index.find("C" + (100_000 + i))).isEqualTo(a[i]);
        int id = i % 7 == 3 ? i - 5 : i % 3 == 0 ? i : -1;
        if (id >= 0) {
          assertThat(b[i]).isEqualTo(a[id]);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
