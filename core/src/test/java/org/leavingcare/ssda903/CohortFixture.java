package org.leavingcare.ssda903;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds small 903 returns in memory, one child at a time, for hand-worked tests. */
final class CohortFixture {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private final StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
  private final StringBuilder episodes = new StringBuilder(
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
  private final StringBuilder reviews = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\n");
  private final StringBuilder oc3 = new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n");

  static String dmy(LocalDate d) {
    return d.format(DMY);
  }

  /**
   * Two 17-year-olds in 2023-24, both expected (relevant on the birthday): BASE has an OC3 row,
   * MISS has none.
   */
  static CohortFixture oneReturnedOneMissing() {
    return new CohortFixture()
        .child("BASE", "2006-06-01").episode("BASE", "2021-01-01", "2022-06-02", "S", "C2", "E13")
        .oc3("BASE", "2006-06-01", "YES", "F2", "D1")
        .child("MISS", "2006-07-01").episode("MISS", "2021-01-01", "2022-08-02", "S", "C2", "E13");
  }

  CohortFixture child(String id, String dob) {
    header.append(id).append(",1,").append(dmy(LocalDate.parse(dob))).append(",WBRI,UN1,,\n");
    return this;
  }

  /** An episode; {@code end} null for an open one; REC X1 if the next episode continues. */
  CohortFixture episode(String id, String start, String end, String rne, String ls, String rec) {
    episodes.append(id).append(',').append(dmy(LocalDate.parse(start))).append(',').append(rne).append(',')
        .append(ls).append(",N1,U4,PR1,").append(end == null ? "" : dmy(LocalDate.parse(end))).append(',')
        .append(end == null ? "" : rec).append(",,,,\n");
    return this;
  }

  CohortFixture review(String id, String dob, String date) {
    reviews.append(id).append(',').append(dmy(LocalDate.parse(dob))).append(',')
        .append(dmy(LocalDate.parse(date))).append(",PN1\n");
    return this;
  }

  CohortFixture oc3(String id, String dob, String inTouch, String activ, String accom) {
    oc3.append(id).append(',').append(dmy(LocalDate.parse(dob))).append(',').append(inTouch).append(',')
        .append(activ).append(',').append(accom).append('\n');
    return this;
  }

  Ssda903Return read(int year) {
    return Ssda903Reader.forYear(CollectionYear.of(year)).readInputs(inputs());
  }

  /** The four files as inputs. */
  List<Ssda903Reader.Input> inputs() {
    return List.of(in("header.csv", header), in("episodes.csv", episodes), in("reviews.csv", reviews), in("oc3.csv", oc3));
  }

  private static Ssda903Reader.Input in(String name, StringBuilder b) {
    return Ssda903Reader.Input.of(name, b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
