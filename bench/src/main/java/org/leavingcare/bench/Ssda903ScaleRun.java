package org.leavingcare.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;
import org.leavingcare.testkit.generate.Ssda903Generator;

/**
 * A scale run of the SSDA903 reader: writes a synthetic authority of N children with the testkit's
 * {@link Ssda903Generator} (collection years 2019 to 2024, if the directory has none) and times
 * reading the 2023-24 return with the earlier years' episodes. Run by hand:
 * {@code Ssda903ScaleRun DIR CHILDREN}; heap and cores are set on the java command line.
 */
public final class Ssda903ScaleRun {

  private Ssda903ScaleRun() {}

  /**
   * Runs it.
   *
   * @param args directory and number of children
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    if (!Files.exists(dir.resolve("903"))) {
      Ssda903Generator.builder().seed(1).children(n).collectionYears(2019, 2024).caseRecords(false).build()
          .writeTo(dir);
    }
    Path current = dir.resolve("903").resolve(Ssda903Generator.yearName(2024));
    List<Path> earlier = new java.util.ArrayList<>();
    for (int y = 2019; y < 2024; y++) {
      earlier.add(dir.resolve("903").resolve(Ssda903Generator.yearName(y)).resolve("episodes.csv"));
    }
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      Ssda903Return r = Ssda903Reader.forYear(CollectionYear.of(2024)).read(List.of(current), earlier);
      long t1 = System.nanoTime();
      long episodes = r.children().mapToLong(c -> c.episodes().size()).sum();
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT, "read %,d rows (%,d rejected) in %.2f s; %,d children, %,d episodes built in %.2f s%n",
          r.report().rowsRead(), r.report().rowsRejected(), (t1 - t0) / 1e9, r.childCount(), episodes, (t2 - t1) / 1e9);
    }
  }
}
