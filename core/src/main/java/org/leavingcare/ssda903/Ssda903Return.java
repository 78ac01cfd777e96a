package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.leavingcare.ssda903.internal.Cells;
import org.leavingcare.ssda903.internal.Rows;
import org.leavingcare.ssda903.internal.Rows.DobSeen;
import org.leavingcare.ssda903.internal.Rows.EpisodeRow;
import org.leavingcare.ssda903.internal.Rows.HeaderRow;
import org.leavingcare.ssda903.internal.Rows.Oc3;
import org.leavingcare.ssda903.internal.Rows.ReviewRow;
import org.leavingcare.ssda903.internal.Store;

/**
 * A 903 return as read: the children, each joined across tables ({@link ChildRecord}), and the
 * {@link ReadReport}. Children are built on demand from compact rows, so a return of a million
 * children is cheap to hold; {@link #children()} may be made parallel. Immutable and thread-safe.
 */
public final class Ssda903Return {

  private final CollectionYear year;
  private final Store store;
  private final ReadReport report;
  private final List<String> ids;

  Ssda903Return(CollectionYear year, Store store, ReadReport report) {
    this.year = year;
    this.store = store;
    this.report = report;
    Set<String> all = new LinkedHashSet<>(store.headers.keySet());
    for (String id : store.episodes.keySet()) {
      if (store.inThisYear(id)) {
        all.add(id);
      }
    }
    all.addAll(store.oc3.keySet());
    all.addAll(store.reviews.keySet());
    all.addAll(store.uasc);
    this.ids = List.copyOf(all);
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
    return ids.size();
  }

  /** @return the children's ids: Header's order first, then children found only in other tables */
  public List<String> childIds() {
    return ids;
  }

  /**
   * Every child, built on demand, in {@link #childIds()} order.
   *
   * @return a stream of children; call {@code parallel()} to spread the work
   */
  public Stream<ChildRecord> children() {
    return ids.stream().map(this::build);
  }

  /**
   * One child.
   *
   * @param childId CHILD
   * @return the child, or empty if no accepted row names it
   */
  public Optional<ChildRecord> child(String childId) {
    requireNonNull(childId, "childId");
    if (!store.inThisYear(childId)) {
      return Optional.empty();
    }
    return Optional.of(build(childId));
  }

  private ChildRecord build(String id) {
    HeaderRow h = store.headers.get(id);
    Oc3 o = store.oc3.get(id);
    int dob = Cells.NOT_A_DATE;
    if (h != null) {
      dob = h.dob;
    } else if (o != null && o.dob != Cells.NOT_A_DATE) {
      dob = o.dob;
    } else {
      DobSeen d = store.reviewDobs.get(id);
      if (d != null) {
        dob = d.dob;
      }
    }
    List<EpisodeRow> eps = store.episodes.getOrDefault(id, new ArrayList<>());
    List<Episode> episodes = new ArrayList<>(eps.size());
    for (EpisodeRow e : eps) {
      episodes.add(Episode.of(LocalDate.ofEpochDay(e.start),
          e.end == Rows.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(e.end)),
          e.rne, e.ls, e.cin, e.place, e.provider, e.rec, e.rpc));
    }
    List<ReviewRow> revs = store.reviews.getOrDefault(id, new ArrayList<>());
    List<Review> reviews = new ArrayList<>(revs.size());
    for (ReviewRow r : revs) {
      reviews.add(new Review(LocalDate.ofEpochDay(r.date), r.code));
    }
    return ChildRecord.of(id,
        dob == Cells.NOT_A_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(dob)),
        h == null ? "" : h.sex, h != null, episodes, reviews,
        o == null ? Optional.empty() : Optional.of(new Oc3Row(o.inTouch, o.activ, o.accom)),
        store.uasc.contains(id));
  }
}
