package org.leavingcare.ssda903.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CHILD ids to dense indices (0, 1, 2, ...), shared by the reading tasks, so that each child's rows
 * are kept in primitive arrays indexed by child rather than in maps keyed by id. Which index a child
 * gets depends on thread timing; nothing that is reported depends on it. Thread-safe; looking up a
 * child already seen takes no lock, so a reading thread descheduled mid-lookup never stalls another.
 */
public final class ChildIndex {

  private final ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>(1 << 12);
  private final AtomicInteger next = new AtomicInteger();

  /**
   * The child's index, given one on first sight.
   *
   * @param id CHILD, stripped and not blank
   * @return the index
   */
  public int of(String id) {
    Integer i = map.get(id);
    if (i != null) {
      return i;
    }
    return map.computeIfAbsent(id, k -> next.getAndIncrement());
  }

  /**
   * The child's index if seen.
   *
   * @param id CHILD
   * @return the index, or -1
   */
  public int find(String id) {
    Integer i = map.get(id);
    return i == null ? -1 : i;
  }

  /** @return how many children have an index */
  public int size() {
    return next.get();
  }

  /**
   * The ids by index; call once reading has finished.
   *
   * @return a new array
   */
  public String[] ids() {
    String[] a = new String[size()];
    map.forEach((k, v) -> a[v] = k);
    return a;
  }
}
