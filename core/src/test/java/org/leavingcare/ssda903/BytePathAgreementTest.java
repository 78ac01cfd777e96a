package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader keeps rows written as the DfE writes them straight from their bytes, and reads every
 * other row cell by cell as text. A quoted cell always goes the text way, so the same rows with
 * every cell quoted must give exactly the same children, counts and issues: checked here on random
 * rows mixing well-formed values with every kind of value the text path reports or tolerates, in
 * every table the report reads (and an earlier year's OC3, which is only counted).
 */
class BytePathAgreementTest {

  private static final String[] CHILD = {"C1", "C2", "C3", "C00000041", "C00000042", "ABCDEFGHIJKLMNO",
      "ABCDEFGHIJKLMNOP", " C1", "C1 ", "c1", "", " ", "X\u00e91"};
  private static final String[] DATE = {"01/04/2023", "31/03/2024", "15/06/2010", "29/02/2024", "29/02/2023",
      "31/04/2023", "01/04/2024", "2023-06-01", "1/6/2023", "01/06/2023 00:00", " 01/06/2023", "01/06/2023 ",
      "", " ", "xx/06/2023", "01/13/2023", "31/12/1849", "00/01/2020", "15/06/2006", "01/01/2019"};
  private static final String[] RNE = {"S", "P", "L", "T", "B", "U", "s", " S", "", "Q", "1.0"};
  private static final String[] LS = {"C2", "V2", "J1", "E1", "V3", "v2", "C 2", "", "Q1", "L1"};
  private static final String[] CIN = {"N1", "N4", "N8", "n1", "", "N0", " N1"};
  private static final String[] PLACE = {"U1", "U4", "H5", "K2", "K3", "R1", "P1", "u1", "", "Z9", "T0"};
  private static final String[] PROVIDER = {"PR1", "PR4", "PR0", "", "pr1", "PR9"};
  private static final String[] REC = {"E11", "E12", "E2", "E3", "E13", "E41", "E5", "", "e11", "E99", "X1"};
  private static final String[] RPC = {"", "", "CARPL", "CLOSE", "STAND", "LIIAF", "carpl", "NONE1"};
  private static final String[] SEX = {"1", "2", "", "2.0", "3", " 1"};
  private static final String[] ETHNIC = {"WBRI", "OOTH", "", "wbri", "ZZZZ", "MWBC"};
  private static final String[] MOTHER = {"", "", "1", "0", "2", "1.0"};
  private static final String[] REVIEW_CODE = {"PN1", "PN0", "PN7", "", "pn1", "PN9"};
  private static final String[] IN_TOUCH = {"YES", "NO", "DIED", "RHOM", "REFU", "NREQ", "", "yes", "MAYBE", " YES"};
  private static final String[] ACTIV = {"F2", "P1", "0", "", "G4", "f2", "F9", "1.0"};
  private static final String[] ACCOM = {"D1", "S2", "0", "", "Z2", "d1", "Q9", " S2"};

  /** Mostly one of the first two values (each list starts with two written as the DfE writes them). */
  private static String pick(Random r, String[] values) {
    return values[r.nextInt(4) != 0 ? r.nextInt(2) : r.nextInt(values.length)];
  }

  private static String child(Random r) {
    return r.nextInt(4) == 0 ? pick(r, CHILD) : "C" + (1 + r.nextInt(40));
  }

  private static String file(String header, List<List<String>> rows, boolean quoted) {
    StringBuilder b = new StringBuilder(header).append("\r\n");
    for (List<String> row : rows) {
      b.append(row.stream().map(c -> quoted ? "\"" + c + "\"" : c).collect(Collectors.joining(","))).append("\r\n");
    }
    return b.toString();
  }

  private static Ssda903Return read(List<String> texts) {
    String[] names = {"2022-23/episodes.csv", "header.csv", "episodes.csv", "reviews.csv", "oc3.csv", "uasc.csv",
        "2022-23/oc3.csv"};
    List<Ssda903Reader.Input> earlier = List.of(
        Ssda903Reader.Input.of(names[0], texts.get(0).getBytes(StandardCharsets.UTF_8)),
        Ssda903Reader.Input.of(names[6], texts.get(4).getBytes(StandardCharsets.UTF_8)));
    List<Ssda903Reader.Input> inputs = new java.util.ArrayList<>();
    for (int i = 1; i < 6; i++) {
      inputs.add(Ssda903Reader.Input.of(names[i], texts.get(i).getBytes(StandardCharsets.UTF_8)));
    }
    return Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(1).readInputs(inputs, earlier);
  }

  private static String describe(Ssda903Return r) {
    return r.children().map(c -> c.childId() + " " + c.dateOfBirth() + " " + c.sex() + " " + c.inHeader() + " "
        + c.episodes() + " " + c.reviews() + " " + c.oc3() + " " + c.isUasc()).collect(Collectors.joining("\n"));
  }

  @Test
  void rowsReadFromBytesAreReadAsTheTextPathReadsThem() {
    for (int seed = 1; seed <= 40; seed++) {
      Random r = new Random(seed);
      List<List<String>> earlier = new java.util.ArrayList<>();
      List<List<String>> header = new java.util.ArrayList<>();
      List<List<String>> episodes = new java.util.ArrayList<>();
      List<List<String>> reviews = new java.util.ArrayList<>();
      List<List<String>> oc3 = new java.util.ArrayList<>();
      List<List<String>> uasc = new java.util.ArrayList<>();
      for (int i = 0; i < 60; i++) {
        List<String> e = List.of(child(r), pick(r, DATE), pick(r, RNE), pick(r, LS), pick(r, CIN), pick(r, PLACE),
            pick(r, PROVIDER), r.nextBoolean() ? "" : pick(r, DATE), pick(r, REC), pick(r, RPC), "", "AB1 2CD", "");
        (r.nextBoolean() ? earlier : episodes).add(e);
        header.add(List.of(child(r), pick(r, SEX), pick(r, DATE), pick(r, ETHNIC), "UPN1", pick(r, MOTHER),
            r.nextInt(3) == 0 ? pick(r, DATE) : ""));
        reviews.add(List.of(child(r), r.nextInt(3) == 0 ? "" : pick(r, DATE), pick(r, DATE), pick(r, REVIEW_CODE)));
        if (r.nextInt(3) == 0) { // all three blank, as DfE rule 153 allows
          oc3.add(List.of(child(r), pick(r, DATE), "", "", ""));
        } else {
          oc3.add(List.of(child(r), pick(r, DATE), pick(r, IN_TOUCH), pick(r, ACTIV), pick(r, ACCOM)));
        }
        uasc.add(List.of(child(r), pick(r, SEX), pick(r, DATE), r.nextBoolean() ? "" : pick(r, DATE)));
      }
      String eh = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
      String hh = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
      String rh = "CHILD,DOB,REVIEW,REVIEW_CODE";
      String oh = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
      String uh = "CHILD,SEX,DOB,DUC";
      Ssda903Return bytes = read(List.of(file(eh, earlier, false), file(hh, header, false),
          file(eh, episodes, false), file(rh, reviews, false), file(oh, oc3, false), file(uh, uasc, false)));
      Ssda903Return text = read(List.of(file(eh, earlier, true), file(hh, header, true),
          file(eh, episodes, true), file(rh, reviews, true), file(oh, oc3, true), file(uh, uasc, true)));

      assertThat(bytes.report().issues()).as("seed %d", seed).isEqualTo(text.report().issues());
      assertThat(bytes.report().tables()).as("seed %d", seed).isEqualTo(text.report().tables());
      assertThat(bytes.report().rowsAccepted()).isPositive();
      assertThat(bytes.childIds()).as("seed %d", seed).isEqualTo(text.childIds());
      assertThat(describe(bytes)).as("seed %d", seed).isEqualTo(describe(text));
      assertThat(CohortAssessment.of(bytes, LocalDate.of(2024, 3, 31), org.leavingcare.rules.Policy.defaults(),
          org.leavingcare.rules.EnglandRules.standard()).toString()).isNotEmpty();
    }
  }
}
