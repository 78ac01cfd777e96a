package org.leavingcare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.leavingcare.testkit.generate.Ssda903Generator;
import org.leavingcare.testkit.generate.SyntheticChild;

/**
 * The inputs every benchmark and scale run uses, generated deterministically from a seed: case
 * records (from the testkit's {@link Ssda903Generator}), SSDA903 returns (the same generator) and
 * consultation responses with ten closed questions (written here: the testkit has no consultation
 * generator on main yet). The same seed and size always give the same bytes.
 */
public final class Workloads {

  /** The assessment date of generated case records: the end of collection year 2023-24. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  /** The first and last collection years (years ending) of generated SSDA903 returns. */
  public static final int FIRST_YEAR = 2019;
  /** The last collection year of generated SSDA903 returns. */
  public static final int LAST_YEAR = 2024;

  /** Number of closed questions in a generated consultation. */
  public static final int QUESTIONS = 10;

  private static final String[] LIKERT = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
      "Strongly agree"};
  private static final String[] PRIORITIES = {"Housing", "Money and benefits", "Education", "Health", "Employment"};
  private static final String[] GROUPS = {"Care leaver", "Young person in care", "Carer", "Professional",
      "Other"};

  private Workloads() {}

  /**
   * A generator of {@code children} children with collection years 2018-19 to 2023-24.
   *
   * @param children how many
   * @param seed the seed
   * @return the generator
   */
  public static Ssda903Generator generator(int children, long seed) {
    return Ssda903Generator.builder().seed(seed).children(children).collectionYears(FIRST_YEAR, LAST_YEAR)
        .caseRecords(false).build();
  }

  /**
   * Case records (LAW.md §15.1), one JSON object per line: each generated child on {@link #AS_OF}.
   *
   * @param n how many records
   * @param seed the generator's seed
   * @return the lines, without line breaks
   */
  public static List<String> caseRecordLines(int n, long seed) {
    return generator(n, seed).children().map(Workloads::caseRecord).collect(Collectors.toList());
  }

  /**
   * Writes {@code n} case records as JSON Lines, streaming (memory stays flat).
   *
   * @param file the output file
   * @param n how many records
   * @param seed the generator's seed
   * @throws IOException if the file cannot be written
   */
  public static void writeCaseRecords(Path file, int n, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SyntheticChild c : (Iterable<SyntheticChild>) generator(n, seed).children()::iterator) {
        w.write(caseRecord(c));
        w.write('\n');
      }
    }
  }

  private static String caseRecord(SyntheticChild c) {
    return c.caseRecordJson(AS_OF);
  }

  /**
   * The configuration (issue 6 shape) of a generated consultation: a respondent group, a
   * care-experienced flag with multiplier 2, eight Likert questions and two single-choice questions.
   *
   * @return the JSON text
   */
  public static String consultationConfig() {
    StringBuilder json = new StringBuilder();
    json.append("{\"respondentIdColumn\": \"respondent_id\", \"groupColumn\": \"respondent_group\",\n")
        .append(" \"careExperienced\": {\"column\": \"care_experienced\", \"values\": [\"Yes\"]},\n")
        .append(" \"weighting\": {\"careExperiencedMultiplier\": 2.0},\n")
        .append(" \"questions\": [\n");
    for (int q = 1; q <= QUESTIONS; q++) {
      json.append("  {\"id\": \"q").append(q).append("\", \"column\": \"q").append(q).append("\", ");
      if (q <= 8) {
        json.append("\"type\": \"likert\", \"scale\": ").append(quoted(LIKERT));
      } else {
        json.append("\"type\": \"single\", \"options\": ").append(quoted(PRIORITIES));
      }
      json.append(q < QUESTIONS ? "},\n" : "}\n");
    }
    return json.append(" ]}\n").toString();
  }

  private static String quoted(String[] values) {
    List<String> q = new ArrayList<>();
    for (String v : values) {
      q.add('"' + v + '"');
    }
    return "[" + String.join(", ", q) + "]";
  }

  /**
   * Writes {@code n} consultation responses as CSV (UTF-8, LF): respondent id, group, care
   * experience and ten closed answers, about 6% of them blank (not answered), 2% "Don't know";
   * care-experienced respondents lean towards agreeing, so weighting moves the estimates.
   *
   * @param out where to write
   * @param n how many responses
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public static void writeResponses(Appendable out, int n, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    out.append("respondent_id,respondent_group,care_experienced");
    for (int q = 1; q <= QUESTIONS; q++) {
      out.append(",q").append(Integer.toString(q));
    }
    out.append('\n');
    StringBuilder row = new StringBuilder(200);
    for (int i = 1; i <= n; i++) {
      row.setLength(0);
      String group = GROUPS[rnd.nextInt(GROUPS.length)];
      boolean ce = group.startsWith("Care") || group.startsWith("Young") || rnd.nextInt(10) == 0;
      row.append(String.format(Locale.ROOT, "R%07d", i)).append(',').append(group).append(',')
          .append(ce ? "Yes" : "No");
      for (int q = 1; q <= QUESTIONS; q++) {
        row.append(',');
        int u = rnd.nextInt(100);
        if (u < 6) {
          continue;
        }
        if (u < 8) {
          row.append("Don't know");
          continue;
        }
        if (q <= 8) {
          int shift = ce ? 1 : 0;
          row.append(LIKERT[Math.min(4, rnd.nextInt(5) + (rnd.nextBoolean() ? shift : 0))]);
        } else {
          row.append(PRIORITIES[ce ? rnd.nextInt(3) : rnd.nextInt(PRIORITIES.length)]);
        }
      }
      out.append(row).append('\n');
    }
  }

  /**
   * Consultation responses as UTF-8 bytes; see {@link #writeResponses}.
   *
   * @param n how many responses
   * @param seed the seed
   * @return the CSV file's bytes
   */
  public static byte[] responses(int n, long seed) {
    StringBuilder sb = new StringBuilder(n * 120 + 200);
    try {
      writeResponses(sb, n, seed);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail; this is a bug", e);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
