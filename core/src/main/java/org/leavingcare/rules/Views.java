package org.leavingcare.rules;

import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;

/**
 * The unmodifiable collections an {@link Assessment} hands out, each a view over the array the
 * rules filled, so that an assessment is not copied into general-purpose collections and wrapped
 * again. They behave as the {@code java.util} collections do (equality, hash codes, iteration
 * order, {@code toString}), and every mutator throws {@link UnsupportedOperationException}.
 */
final class Views {

  private Views() {}

  /** The first {@code size} elements of an array the view owns, in order. */
  static final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
    private final E[] elements;
    private final int size;

    ArrayView(E[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @Override
    public E get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
      }
      return elements[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The codes of a list of duties in code order, each at most once: the set view of {@link Assessment#dutyCodes()}. */
  static final class DutyCodes extends AbstractSet<DutyCode> {
    private final List<DutyOwed> duties;

    DutyCodes(List<DutyOwed> duties) {
      this.duties = duties;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      for (int i = 0, n = duties.size(); i < n; i++) {
        if (duties.get(i).code() == o) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Iterator<DutyCode> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < duties.size();
        }

        @Override
        public DutyCode next() {
          if (next >= duties.size()) {
            throw new NoSuchElementException();
          }
          return duties.get(next++).code();
        }
      };
    }

    @Override
    public int size() {
      return duties.size();
    }
  }

  /**
   * Deadlines by key, in the order of {@link DeadlineKey}: the first {@code size} elements of an
   * array sorted by key, at most one per key.
   */
  static final class DeadlineMap extends AbstractMap<DeadlineKey, Deadline> {
    private final Deadline[] deadlines;
    private final int size;

    DeadlineMap(Deadline[] deadlines, int size) {
      this.deadlines = deadlines;
      this.size = size;
    }

    private int indexOf(@Nullable Object key) {
      for (int i = 0; i < size; i++) {
        if (deadlines[i].key() == key) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public @Nullable Deadline get(@Nullable Object key) {
      int i = indexOf(key);
      return i < 0 ? null : deadlines[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Collection<Deadline> values() {
      return new AbstractCollection<>() {
        @Override
        public Iterator<Deadline> iterator() {
          return new ArrayView<>(deadlines, size).iterator();
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    @Override
    public Set<Entry<DeadlineKey, Deadline>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<DeadlineKey, Deadline>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<DeadlineKey, Deadline> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              Deadline d = deadlines[next++];
              return new SimpleImmutableEntry<>(d.key(), d);
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }
}
