package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.leavingcare.testkit.internal.CsvOut;
import org.leavingcare.testkit.internal.Draw;

/**
 * Generates a synthetic Local Offer consultation (the recipe of instruments.md §12) with the
 * configuration file that describes it and the truth behind it. Seeded and deterministic; respondent
 * {@code i} is the same whatever the size; streaming.
 *
 * <pre>{@code
 * GeneratedConsultation run = ConsultationGenerator.builder().seed(7).respondents(160).build()
 *     .writeTo(Path.of("target/consultation"));
 * ConsultationConfig config = ConsultationConfig.read(run.config());
 * }</pre>
 *
 * <p><b>Respondents</b>: the groups of instruments.md §2 (P1) in the recipe's mix, with the
 * care-experienced share settable (default 38%); about 4% of carers and professionals are also
 * care-experienced. <b>Closed questions</b>: awareness (single choice), how to get information
 * (multi-choice), agreement with eight proposals (five-point Likert with "Don't know"), and the three
 * parts of the offer that matter most (multi-choice, up to three). Answers are drawn from
 * probabilities that differ by {@link RespondentClass} as the recipe sets out, so that weighting
 * changes some conclusions and not others (B1 is a majority at any weighting, B2 becomes one when
 * care-experienced answers weigh more, B7 stops being one); 3-8% answer "Don't know" and 2-10% leave
 * a question blank. <b>Free text</b>: two open questions answered by 35-75% of respondents, built
 * from sentences on the themes of the recipe's codebook at its prevalences; about 5% of answers carry
 * one planted synthetic identifier ({@link PlantedPersonalData}) and about 1% begin with a character
 * a spreadsheet would read as a formula.
 *
 * <p><b>Files</b>: {@code responses.csv} (UTF-8, one row per respondent, RFC 4180 quoting);
 * {@code config.json} (the consultation module's configuration format; care-experienced weight
 * multiplier 3); {@code truth/design.csv} ({@code QUESTION,CLASS,OPTION,PROBABILITY}: the
 * probabilities each answer was drawn with); {@code truth/themes.csv}
 * ({@code RESPONDENT_ID,COLUMN,THEME}); {@code truth/personal-data.csv}
 * ({@code RESPONDENT_ID,COLUMN,TYPE,VALUE,START,END}); {@code truth/formula-like-cells.csv}.
 *
 * <p>Immutable and thread-safe. All data is synthetic.
 */
public final class ConsultationGenerator {

  private static final long STREAM = 6;

  /** The agreement scale, from low to high, as the configuration lists it. */
  public static final List<String> AGREE5 = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree",
      "Agree", "Strongly agree");

  private static final String DONT_KNOW = "Don't know";

  private static final String[] GROUPS = {"Care leaver (16-25)", "Young person in care (16-17)",
      "Care-experienced adult (26+)", "Foster carer or supported lodgings host", "Council staff",
      "Partner organisation", "Councillor", "Member of the public"};
  private static final RespondentClass[] GROUP_CLASS = {RespondentClass.CARE_EXPERIENCED,
      RespondentClass.CARE_EXPERIENCED, RespondentClass.CARE_EXPERIENCED, RespondentClass.CARER,
      RespondentClass.PROFESSIONAL, RespondentClass.PROFESSIONAL, RespondentClass.PROFESSIONAL, RespondentClass.PUBLIC};
  /** The recipe's counts out of 160: 48, 9, 4 care-experienced; 14, 26, 17, 3, 39 others. */
  private static final double[] GROUP_MIX = {48, 9, 4, 14, 26, 17, 3, 39};

  private static final String[] PROPOSALS = {
      "Extend council tax exemption to every care leaver aged 18 to 24 who lives in the area.",
      "Pay part of the setting-up-home allowance as money the young person controls.",
      "Let care leavers go back to their personal adviser at any point until 25 without a new referral.",
      "Offer every care leaver a guaranteed interview for council apprenticeships.",
      "Give care leavers free access to council leisure centres until 25.",
      "Set up a drop-in hub run with care-experienced staff and volunteers.",
      "The draft Local Offer is written in a way that is easy to understand.",
      "The draft Local Offer covers the things care leavers need most."};
  /** Share agreeing (agree or strongly agree) by class: care-experienced, carer, professional, public. */
  private static final double[][] AGREE = {
      {0.85, 0.75, 0.70, 0.45}, {0.72, 0.45, 0.35, 0.30}, {0.80, 0.70, 0.55, 0.50}, {0.75, 0.65, 0.60, 0.40},
      {0.70, 0.55, 0.45, 0.30}, {0.78, 0.60, 0.55, 0.45}, {0.40, 0.65, 0.75, 0.60}, {0.45, 0.60, 0.65, 0.55}};

  private static final List<String> AWARENESS = List.of("Yes, and I have read it", "Yes, but I have not read it",
      "No", "Not sure");
  private static final double[][] AWARENESS_P = {{0.35, 0.30, 0.32, 0.03}, {0.45, 0.30, 0.20, 0.05},
      {0.70, 0.20, 0.08, 0.02}, {0.10, 0.20, 0.62, 0.08}};

  private static final List<String> INFO = List.of("From my PA", "A council website page", "An app",
      "Text messages", "Social media", "A printed booklet", "At a care-leaver hub or drop-in");
  private static final double[][] INFO_P = {{0.7, 0.3, 0.35, 0.45, 0.4, 0.1, 0.3}, {0.5, 0.5, 0.2, 0.2, 0.2, 0.3, 0.2},
      {0.6, 0.6, 0.25, 0.2, 0.25, 0.2, 0.35}, {0.2, 0.6, 0.2, 0.1, 0.35, 0.25, 0.1}};

  private static final List<String> AREAS = List.of("Housing", "Money and benefits", "Mental health",
      "Education and training", "Jobs and apprenticeships", "Personal adviser support", "Health",
      "Relationships and family");
  private static final double[][] AREAS_W = {{0.22, 0.22, 0.18, 0.07, 0.06, 0.12, 0.06, 0.07},
      {0.18, 0.12, 0.14, 0.16, 0.12, 0.14, 0.06, 0.08}, {0.14, 0.10, 0.12, 0.22, 0.20, 0.12, 0.05, 0.05},
      {0.20, 0.12, 0.16, 0.16, 0.16, 0.08, 0.08, 0.04}};

  private static final String[] COLUMNS = {"respondent_id", "respondent_group", "care_experienced", "age_band",
      "channel", "publish_consent", "heard_of_offer", "info_channels", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8",
      "top_three", "change_one_thing", "anything_else"};

  private final long seed;
  private final int respondents;
  private final double careExperiencedShare;

  private ConsultationGenerator(Builder b) {
    this.seed = b.seed;
    this.respondents = b.respondents;
    this.careExperiencedShare = b.careExperiencedShare;
  }

  /**
   * A builder with seed 1, 160 respondents and a care-experienced share of 0.38.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings for a {@link ConsultationGenerator}. Not thread-safe. */
  public static final class Builder {
    private long seed = 1;
    private int respondents = 160;
    private double careExperiencedShare = 61.0 / 160;

    private Builder() {}

    /**
     * The seed.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How many respondents.
     *
     * @param respondents at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder respondents(int respondents) {
      if (respondents < 1) {
        throw new IllegalArgumentException("respondents must be at least 1, was " + respondents);
      }
      this.respondents = respondents;
      return this;
    }

    /**
     * The expected share of respondents in the care-experienced groups.
     *
     * @param share a proportion strictly between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if outside (0, 1)
     */
    public Builder careExperiencedShare(double share) {
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException("careExperiencedShare must be a proportion between 0 and 1, was " + share);
      }
      this.careExperiencedShare = share;
      return this;
    }

    /**
     * The generator.
     *
     * @return a generator with these settings
     */
    public ConsultationGenerator build() {
      return new ConsultationGenerator(this);
    }
  }

  /**
   * One generated respondent: the row of responses.csv and what was planted in it.
   *
   * @param id the respondent id
   * @param respondentClass the weight class whose probabilities drew the answers
   * @param cells the row, column name to cell (empty for not answered), in file order
   * @param themes the themes of each free-text answer, column to theme codes
   * @param planted personal data planted in the free text
   */
  public record SyntheticResponse(String id, RespondentClass respondentClass, Map<String, String> cells,
      Map<String, List<String>> themes, List<PlantedPersonalData> planted) {
    /** Copies the collections. */
    public SyntheticResponse {
      requireNonNull(id, "id");
      requireNonNull(respondentClass, "respondentClass");
      cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
      themes = Map.copyOf(themes);
      planted = List.copyOf(planted);
    }
  }

  /**
   * The respondents, drawn lazily in id order.
   *
   * @return a sequential stream
   */
  public Stream<SyntheticResponse> responses() {
    return IntStream.range(0, respondents).mapToObj(this::respondent);
  }

  /**
   * Writes responses.csv, config.json and the truth into {@code dir}.
   *
   * @param dir the output directory, created if needed
   * @return what was written
   * @throws IOException if a file cannot be written
   */
  public GeneratedConsultation writeTo(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    Files.createDirectories(dir.resolve("truth"));
    Files.writeString(dir.resolve("config.json"), configJson(), StandardCharsets.UTF_8);
    writeDesign(dir.resolve("truth").resolve("design.csv"));
    long planted = 0;
    long texts = 0;
    try (CsvOut responses = CsvOut.create(dir.resolve("responses.csv"), COLUMNS);
        CsvOut themes = CsvOut.create(dir.resolve("truth").resolve("themes.csv"), "RESPONDENT_ID", "COLUMN", "THEME");
        CsvOut pii = CsvOut.create(dir.resolve("truth").resolve("personal-data.csv"), "RESPONDENT_ID", "COLUMN", "TYPE",
            "VALUE", "START", "END");
        CsvOut formulas = CsvOut.create(dir.resolve("truth").resolve("formula-like-cells.csv"), "RESPONDENT_ID",
            "COLUMN")) {
      for (int i = 0; i < respondents; i++) {
        SyntheticResponse r = respondent(i);
        responses.row(r.cells().values().toArray(new String[0]));
        for (Map.Entry<String, List<String>> t : r.themes().entrySet()) {
          texts++;
          for (String theme : t.getValue()) {
            themes.row(r.id(), t.getKey(), theme);
          }
          String cell = r.cells().get(t.getKey());
          if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            formulas.row(r.id(), t.getKey());
          }
        }
        for (PlantedPersonalData p : r.planted()) {
          pii.row(p.respondentId(), p.column(), p.type(), p.value(), Integer.toString(p.start()), Integer.toString(p.end()));
          planted++;
        }
      }
    }
    return new GeneratedConsultation(dir, seed, respondents, texts, planted);
  }

  /**
   * The configuration file for the generated responses, in the consultation module's JSON format
   * (respondent id, group and care-experience columns, a care-experienced multiplier of 3, and every
   * question with its type, scale or options and wording).
   *
   * @return the JSON text
   */
  public static String configJson() {
    StringBuilder q = new StringBuilder();
    q.append(question("heard_of_offer", "single", "options", AWARENESS,
        "Before this consultation, had you heard of the council's Local Offer for care leavers?"));
    q.append(",\n").append(question("info_channels", "multi", "options", INFO,
        "How would you like to get information about support? Tick all that apply."));
    for (int i = 0; i < PROPOSALS.length; i++) {
      q.append(",\n").append(question("b" + (i + 1), "likert", "scale", AGREE5, PROPOSALS[i]));
    }
    q.append(",\n").append(question("top_three", "multi", "options", AREAS, "Which three parts of the offer matter most to you?"));
    q.append(",\n    {\"id\": \"change_one_thing\", \"column\": \"change_one_thing\", \"type\": \"text\", \"text\": "
        + "\"If you could change one thing about the Local Offer, what would it be?\"}");
    q.append(",\n    {\"id\": \"anything_else\", \"column\": \"anything_else\", \"type\": \"text\", \"text\": "
        + "\"Is there anything else you want to tell us?\"}");
    return "{\n  \"respondentIdColumn\": \"respondent_id\",\n  \"groupColumn\": \"respondent_group\",\n"
        + "  \"careExperienced\": {\"column\": \"care_experienced\", \"values\": [\"Yes\"]},\n"
        + "  \"demographicColumns\": [\"age_band\", \"channel\", \"publish_consent\"],\n"
        + "  \"weighting\": {\"careExperiencedMultiplier\": 3.0},\n"
        + "  \"questions\": [\n" + q + "\n  ]\n}\n";
  }

  private static String question(String id, String type, String listField, List<String> values, String text) {
    StringBuilder b = new StringBuilder("    {\"id\": \"").append(id).append("\", \"column\": \"").append(id)
        .append("\", \"type\": \"").append(type).append("\", ");
    if (type.equals("multi")) {
      b.append("\"separator\": \";\", ");
    }
    b.append('"').append(listField).append("\": [");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('"').append(values.get(i)).append('"');
    }
    return b.append("], \"text\": \"").append(text).append("\"}").toString();
  }

  private void writeDesign(Path file) throws IOException {
    try (CsvOut out = CsvOut.create(file, "QUESTION", "CLASS", "OPTION", "PROBABILITY")) {
      for (RespondentClass c : RespondentClass.values()) {
        int k = c.ordinal();
        for (int o = 0; o < AWARENESS.size(); o++) {
          out.row("heard_of_offer", c.name(), AWARENESS.get(o), fmt(AWARENESS_P[k][o]));
        }
        for (int o = 0; o < INFO.size(); o++) {
          out.row("info_channels", c.name(), INFO.get(o), fmt(INFO_P[k][o]));
        }
        for (int i = 0; i < PROPOSALS.length; i++) {
          double[] p = likert(AGREE[i][k], dontKnow(c));
          for (int o = 0; o < AGREE5.size(); o++) {
            out.row("b" + (i + 1), c.name(), AGREE5.get(o), fmt(p[o]));
          }
          out.row("b" + (i + 1), c.name(), DONT_KNOW, fmt(p[5]));
        }
      }
    }
  }

  private static String fmt(double p) {
    return String.format(Locale.ROOT, "%.4f", p);
  }

  private static double dontKnow(RespondentClass c) {
    return c == RespondentClass.PUBLIC ? 0.08 : c == RespondentClass.CARE_EXPERIENCED ? 0.05 : 0.03;
  }

  /** Probabilities of SD, D, N, A, SA and Don't know, given the share agreeing among all answers. */
  private static double[] likert(double agree, double dk) {
    double substantive = 1 - dk;
    double a = agree * substantive;
    double rest = substantive - a;
    return new double[] {rest * 0.25, rest * 0.40, rest * 0.35, a * 0.55, a * 0.45, dk};
  }

  private SyntheticResponse respondent(int index) {
    Draw d = Draw.forRecord(seed, STREAM, index);
    String id = String.format(Locale.ROOT, "R%06d", index + 1);
    double[] mix = GROUP_MIX.clone();
    double ce = mix[0] + mix[1] + mix[2];
    double others = 160 - ce;
    for (int g = 0; g < mix.length; g++) {
      mix[g] = GROUP_CLASS[g] == RespondentClass.CARE_EXPERIENCED ? mix[g] / ce * careExperiencedShare
          : mix[g] / others * (1 - careExperiencedShare);
    }
    int group = d.pickIndex(mix);
    RespondentClass cls = GROUP_CLASS[group];
    int k = cls.ordinal();
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("respondent_id", id);
    cells.put("respondent_group", GROUPS[group]);
    boolean careExperienced = cls == RespondentClass.CARE_EXPERIENCED || (cls != RespondentClass.PUBLIC && d.chance(0.04));
    cells.put("care_experienced", careExperienced ? "Yes"
        : cls == RespondentClass.PUBLIC && d.chance(0.03) ? "Prefer not to say" : "No");
    String age = "";
    if (group == 0) {
      age = d.pick(new String[] {"18-20", "21-24", "25", "Prefer not to say"}, new double[] {0.45, 0.4, 0.1, 0.05});
    } else if (group == 1) {
      age = "16-17";
    } else if (group == 2) {
      age = "26+";
    }
    cells.put("age_band", age);
    cells.put("channel", d.pick(new String[] {"Online form", "Paper form", "At an event or group session"},
        cls == RespondentClass.CARE_EXPERIENCED ? new double[] {0.62, 0.13, 0.25} : new double[] {0.9, 0.08, 0.02}));
    cells.put("publish_consent", d.pick(new String[] {"Yes, with my name", "Yes, without my name", "No"},
        new double[] {0.10, 0.55, 0.35}));
    cells.put("heard_of_offer", skip(d, 0.02) ? "" : d.pick(AWARENESS.toArray(new String[0]), AWARENESS_P[k]));
    cells.put("info_channels", skip(d, 0.04) ? "" : multi(d, INFO, INFO_P[k]));
    for (int i = 0; i < PROPOSALS.length; i++) {
      double[] p = likert(AGREE[i][k], dontKnow(cls));
      String[] options = {AGREE5.get(0), AGREE5.get(1), AGREE5.get(2), AGREE5.get(3), AGREE5.get(4), DONT_KNOW};
      cells.put("b" + (i + 1), skip(d, 0.02 + 0.01 * i) ? "" : d.pick(options, p));
    }
    cells.put("top_three", skip(d, 0.06) ? "" : topThree(d, AREAS_W[k]));
    Map<String, List<String>> themes = new LinkedHashMap<>();
    List<PlantedPersonalData> planted = new ArrayList<>();
    double[] answerRate = {0.70, 0.55, 0.60, 0.38};
    for (String column : new String[] {"change_one_thing", "anything_else"}) {
      double rate = column.equals("change_one_thing") ? answerRate[k] : answerRate[k] * 0.7;
      if (!d.chance(rate)) {
        cells.put(column, "");
        continue;
      }
      List<String> chosen = new ArrayList<>();
      String text = FreeText.compose(d, cls, chosen);
      if (d.chance(0.05)) {
        text = FreeText.plant(d, id, column, text, planted);
      }
      if (d.chance(0.01)) {
        text = d.pick(new String[] {"-", "=", "+", "@"}, new double[] {0.5, 0.2, 0.15, 0.15}) + text;
      }
      cells.put(column, text);
      themes.put(column, chosen);
    }
    return new SyntheticResponse(id, cls, cells, themes, planted);
  }

  private static boolean skip(Draw d, double p) {
    return d.chance(p);
  }

  private static String multi(Draw d, List<String> options, double[] p) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (d.chance(p[i])) {
        chosen.add(options.get(i));
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(options.get(d.pickIndex(p)));
    }
    return String.join(";", chosen);
  }

  private static String topThree(Draw d, double[] weights) {
    double[] w = weights.clone();
    int n = d.pick(new String[] {"1", "2", "3"}, new double[] {0.1, 0.15, 0.75}).charAt(0) - '0';
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int pick = d.pickIndex(w);
      chosen.add(AREAS.get(pick));
      w[pick] = 0;
    }
    return String.join(";", chosen);
  }
}
