package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.leavingcare.ssda903.internal.Cells;
import org.leavingcare.ssda903.internal.ChildRows;
import org.leavingcare.ssda903.internal.Store;
import org.leavingcare.time.EpochDays;

/**
 * A 903 return as read: the children, each joined across tables ({@link ChildRecord}), and the
 * {@link ReadReport}. Children are built on demand from compact rows (primitive arrays indexed by
 * child), so a return of a million children is cheap to hold; {@link #children()} may be made
 * parallel. Immutable and thread-safe.
 */
public final class Ssda903Return {

  private final CollectionYear year;
  private final Store store;
  private final ReadReport report;
  /** The children of this year's return, as store indices, in {@link #childIds()} order. */
  private final int[] order;
  private final List<String> ids;

  Ssda903Return(CollectionYear year, Store store, ReadReport report) {
    this.year = year;
    this.store = store;
    this.report = report;
    int n = store.children();
    boolean[] placed = new boolean[n];
    int[] o = new int[n];
    int k = 0;
    for (int r = 0; r < store.headers.size(); r++) {
      int c = store.headers.child(r);
      o[k++] = c;
      placed[c] = true;
    }
    int fromHeader = k;
    for (int c = 0; c < n; c++) {
      if (!placed[c] && store.inThisYear(c)) {
        o[k++] = c;
      }
    }
    Integer[] rest = new Integer[k - fromHeader]; // positions in o, sorted by the child's id
    String[] restIds = new String[rest.length];
    for (int i = 0; i < rest.length; i++) {
      rest[i] = i;
      restIds[i] = store.id(o[fromHeader + i]);
    }
    Arrays.sort(rest, Comparator.comparing(i -> restIds[i]));
    int[] sorted = new int[rest.length];
    for (int i = 0; i < rest.length; i++) {
      sorted[i] = o[fromHeader + rest[i]];
    }
    System.arraycopy(sorted, 0, o, fromHeader, sorted.length);
    this.order = Arrays.copyOf(o, k);
    this.ids = new AbstractList<>() { // made on demand: no string per child is kept
      @Override
      public String get(int index) {
        return store.id(order[index]);
      }

      @Override
      public int size() {
        return order.length;
      }
    };
  }

  /** @return the collection year the return describes */
  public CollectionYear year() {
    return year;
  }

  /** @return what was read, accepted and rejected, and why */
  public ReadReport report() {
    return report;
  }

  /** @return how many children this year's accepted rows name, across all tables (children only in earlier years' episodes are history, not counted) */
  public int childCount() {
    return order.length;
  }

  /**
   * The children's ids: Header's order first, then children found only in other tables, by id. The
   * list is unmodifiable and makes each id when asked (the return keeps no string per child).
   *
   * @return the ids
   */
  public List<String> childIds() {
    return ids;
  }

  /**
   * Every child, built on demand, in {@link #childIds()} order.
   *
   * @return a stream of children; call {@code parallel()} to spread the work
   */
  public Stream<ChildRecord> children() {
    return IntStream.range(0, order.length).mapToObj(i -> build(order[i]));
  }

  /**
   * One child.
   *
   * @param childId CHILD
   * @return the child, or empty if no accepted row of this year's return names it
   */
  public Optional<ChildRecord> child(String childId) {
    requireNonNull(childId, "childId");
    int c = store.index.find(childId);
    if (c < 0 || !store.inThisYear(c)) {
      return Optional.empty();
    }
    return Optional.of(build(c));
  }

  /** Children a thread takes at a time in {@link #pass}: small enough that both threads finish together. */
  private static final int CHUNK = 2048;

  /**
   * Runs a pass over every child of the return, in parallel: each thread (this one and the common
   * pool's, up to one per processor) gets its own accumulator and takes the next {@value #CHUNK}
   * children until none are left, so no thread waits for another's share; the child's rows come as
   * {@link ChildRows} (one instance per accumulator, loaded child after child), and the threads'
   * accumulators are merged. What the pass counts must not depend on the order of children or of
   * merging.
   *
   * @param <A> the accumulator
   * @param supplier a new accumulator
   * @param rows an accumulator's rows instance
   * @param add counts one child
   * @param merge merges the second accumulator into the first and returns it
   * @return the merged accumulator
   */
  <A> A pass(Supplier<A> supplier, Function<A, ChildRows> rows, BiConsumer<A, ChildRows> add,
      BinaryOperator<A> merge) {
    int chunks = (order.length + CHUNK - 1) / CHUNK;
    int helpers = Math.min(chunks, Runtime.getRuntime().availableProcessors()) - 1;
    AtomicInteger next = new AtomicInteger();
    Function<A, A> work = acc -> {
      ChildRows r = rows.apply(acc);
      for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
        int to = Math.min(order.length, (k + 1) * CHUNK);
        for (int i = k * CHUNK; i < to; i++) {
          add.accept(acc, r.load(store, order[i]));
        }
      }
      return acc;
    };
    List<ForkJoinTask<A>> tasks = new ArrayList<>();
    for (int t = 0; t < helpers; t++) {
      tasks.add(ForkJoinPool.commonPool().submit(() -> work.apply(supplier.get())));
    }
    A result = work.apply(supplier.get());
    for (ForkJoinTask<A> t : tasks) {
      result = merge.apply(result, t.join());
    }
    return result;
  }

  /**
   * A child's rows, by id.
   *
   * @param childId CHILD
   * @param into where to load them
   * @return whether the child is in this year's return (then {@code into} holds its rows)
   */
  boolean rows(String childId, ChildRows into) {
    int c = store.index.find(childId);
    if (c < 0 || !store.inThisYear(c)) {
      return false;
    }
    into.load(store, c);
    return true;
  }

  /**
   * The OC3 row of a child.
   *
   * @param c the child's rows
   * @return the row, if the child has one
   */
  Optional<Oc3Row> oc3(ChildRows c) {
    int o = c.oc3Row();
    return o < 0 ? Optional.empty()
        : Optional.of(new Oc3Row(store.oc3.value(o, 0), store.oc3.value(o, 1), store.oc3.value(o, 2)));
  }

  private ChildRecord build(int c) {
    int h = store.headers.row(c);
    int o = store.oc3.row(c);
    int dob = store.dateOfBirth(c);
    int ne = store.episodeCount(c);
    Episode[] episodes = new Episode[ne];
    for (int i = 0; i < ne; i++) {
      int e = store.episode(c, i);
      int end = store.end(e);
      episodes[i] = Episode.of(EpochDays.date(store.start(e)),
          end == Store.OPEN ? Optional.empty() : Optional.of(EpochDays.date(end)),
          store.code(e, Store.RNE), store.code(e, Store.LS), store.code(e, Store.CIN), store.code(e, Store.PLACE),
          store.code(e, Store.PROVIDER), store.code(e, Store.REC), store.code(e, Store.RPC));
    }
    int nr = store.reviewCount(c);
    Review[] reviews = new Review[nr];
    boolean inOrder = true;
    for (int i = 0; i < nr; i++) {
      int r = store.review(c, i);
      reviews[i] = new Review(EpochDays.date(store.reviews.date(r)), store.reviews.code(r));
      inOrder &= i == 0 || !reviews[i - 1].date().isAfter(reviews[i].date());
    }
    if (!inOrder) {
      Arrays.sort(reviews, Comparator.comparing(Review::date)); // stable, as ChildRecord.of sorts
    }
    // The store keeps each child's episodes in order of start (then file and line), as ChildRecord.of
    // would sort them, and the arrays are not shared: handed over without a sort or a copy.
    return ChildRecord.ordered(store.id(c), dob == Cells.NOT_A_DATE ? null : EpochDays.date(dob),
        h < 0 ? "" : store.headers.sex(h), h >= 0, episodes, reviews,
        o < 0 ? null : new Oc3Row(store.oc3.value(o, 0), store.oc3.value(o, 1), store.oc3.value(o, 2)),
        store.uasc.has(c));
  }
}
