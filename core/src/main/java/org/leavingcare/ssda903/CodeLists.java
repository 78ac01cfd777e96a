package org.leavingcare.ssda903;

import org.jspecify.annotations.Nullable;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SSDA903 code lists and the collection years in which each code is valid, held as data: a base
 * year plus one file of changes per later year (resources {@code org/leavingcare/ssda903/codes/}),
 * so that next year's DfE change is a new data file, not new code. Codes that regional pipelines
 * add (LIIA's {@code E99}, {@code LIIAF}) are listed separately and are never valid DfE codes.
 *
 * <p>A year before the base uses the base lists; a year after the last change file uses the last
 * lists. Immutable and thread-safe.
 */
public final class CodeLists {

  private static final String DIR = "codes/";
  private static volatile @Nullable CodeLists standard;

  /** What a code is, for a field and a range of collection years. */
  public enum Validity {
    /** Valid DfE code in the latest year of the range. */
    VALID,
    /** Valid in an earlier year of the range only (a retired or not-yet-introduced code). */
    VALID_IN_EARLIER_YEAR,
    /** Not a DfE code, but one that regional pipelines add; tolerated with a note. */
    NON_DFE,
    /** Not a code of this field in any year of the range. */
    UNKNOWN
  }

  private final NavigableMap<Integer, Map<String, Set<String>>> byYear;
  private final Map<String, Map<String, String>> nonDfe;

  private CodeLists(NavigableMap<Integer, Map<String, Set<String>>> byYear,
      Map<String, Map<String, String>> nonDfe) {
    this.byYear = byYear;
    this.nonDfe = nonDfe;
  }

  /**
   * The code lists shipped with the library.
   *
   * @return the standard lists
   * @throws IllegalStateException if a resource is missing or malformed (a build bug)
   */
  public static CodeLists standard() {
    CodeLists s = standard;
    if (s == null) {
      synchronized (CodeLists.class) {
        s = standard;
        if (s == null) {
          s = load();
          standard = s;
        }
      }
    }
    return s;
  }

  private static CodeLists load() {
    List<String> years = lines("years.txt");
    NavigableMap<Integer, Map<String, Set<String>>> byYear = new TreeMap<>();
    Map<String, Set<String>> current = new HashMap<>();
    boolean base = true;
    for (String y : years) {
      int year = Integer.parseInt(y.strip());
      Map<String, Set<String>> next = new HashMap<>();
      current.forEach((k, v) -> next.put(k, new LinkedHashSet<>(v)));
      for (String line : lines(y.strip() + ".txt")) {
        String[] t = line.strip().split("\\s+");
        if (t.length < 2) {
          throw new IllegalStateException("code list " + y + ".txt: malformed line '" + line + "'");
        }
        String field = t[0];
        String op = t[1];
        Set<String> codes = next.computeIfAbsent(field, k -> new LinkedHashSet<>());
        if (base && "=".equals(op)) {
          codes.clear();
          codes.addAll(List.of(t).subList(2, t.length));
        } else if (!base && "+".equals(op)) {
          codes.addAll(List.of(t).subList(2, t.length));
        } else if (!base && "-".equals(op)) {
          for (int i = 2; i < t.length; i++) {
            if (!codes.remove(t[i])) {
              throw new IllegalStateException("code list " + y + ".txt removes " + field + " " + t[i]
                  + ", which is not in the previous year's list: this is a data bug");
            }
          }
        } else {
          throw new IllegalStateException("code list " + y + ".txt: unexpected operator in '" + line
              + "' (the base file uses '=', change files '+' and '-')");
        }
      }
      Map<String, Set<String>> frozen = new HashMap<>();
      next.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
      byYear.put(year, Map.copyOf(frozen));
      current = next;
      base = false;
    }
    Map<String, Map<String, String>> nonDfe = new HashMap<>();
    for (String line : lines("non-dfe.txt")) {
      String[] t = line.strip().split("\\s+", 3);
      nonDfe.computeIfAbsent(t[0], k -> new HashMap<>()).put(t[1], t.length > 2 ? t[2] : "");
    }
    return new CodeLists(byYear, Map.copyOf(nonDfe));
  }

  private static List<String> lines(String name) {
    try (InputStream in = CodeLists.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("code list resource " + DIR + name + " is missing: this is a build bug");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Set<String>> listsFor(CollectionYear year) {
    Map.Entry<Integer, Map<String, Set<String>>> e = byYear.floorEntry(year.endingYear());
    return e != null ? e.getValue() : byYear.firstEntry().getValue();
  }

  /**
   * The valid codes of a field in a year.
   *
   * @param field the column, for example {@code "PLACE"}
   * @param year the collection year
   * @return the codes, empty if the field has no code list
   */
  public Set<String> codes(String field, CollectionYear year) {
    return listsFor(requireNonNull(year, "year")).getOrDefault(requireNonNull(field, "field"), Set.of());
  }

  /**
   * Whether a field is coded (has a code list).
   *
   * @param field the column
   * @return true if any year lists codes for it
   */
  public boolean isCoded(String field) {
    return byYear.lastEntry().getValue().containsKey(field) || byYear.firstEntry().getValue().containsKey(field);
  }

  /**
   * What a code is, judged over a range of collection years (for an episode, the years from the one
   * it started in to the year of the return).
   *
   * @param field the column
   * @param code the code, already normalised (upper case)
   * @param from the earliest year of the range
   * @param to the latest year of the range
   * @return the validity
   */
  public Validity check(String field, String code, CollectionYear from, CollectionYear to) {
    if (codes(field, to).contains(code)) {
      return Validity.VALID;
    }
    for (int y = Math.max(from.endingYear(), byYear.firstKey()); y < to.endingYear(); y++) {
      if (codes(field, CollectionYear.of(y)).contains(code)) {
        return Validity.VALID_IN_EARLIER_YEAR;
      }
    }
    if (from.endingYear() < byYear.firstKey() && byYear.firstEntry().getValue()
        .getOrDefault(field, Set.of()).contains(code)) {
      return Validity.VALID_IN_EARLIER_YEAR;
    }
    return nonDfe.getOrDefault(field, Map.of()).containsKey(code) ? Validity.NON_DFE : Validity.UNKNOWN;
  }

  /**
   * The collection years that have a code-list file, the base first.
   *
   * @return the years
   */
  public List<CollectionYear> yearsWithChanges() {
    return byYear.keySet().stream().map(CollectionYear::of).toList();
  }
}
