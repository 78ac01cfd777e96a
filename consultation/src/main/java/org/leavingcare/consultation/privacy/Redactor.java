package org.leavingcare.consultation.privacy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes personal data from free text before it leaves the consultation module: e-mail
 * addresses, UK telephone numbers, postcodes, National Insurance and NHS numbers, full dates (dates
 * of birth marked as such), street addresses and street names, web addresses, social-media handles, and names where
 * they can be recognised (after a title, after a cue such as "my PA" or "my name is", or from a
 * configured list of names and places).
 *
 * <p>The pipeline follows CONSULTATION-METHODS §10.1: configured known values first, then the
 * pattern and contextual detectors of §10.2; overlapping spans are merged with the longest winning
 * (on a tie, the type listed first in {@link PersonalDataType}); each span is replaced by its type's
 * token, such as {@code [PHONE]}. Spans that may be personal data but are too uncertain to remove
 * (ten digits failing the NHS check, e-mail addresses spelt out in words, court-like references)
 * are returned as {@link ReviewFlag}s.
 *
 * <p>Detectors reduce the work of a human reviewer; they do not make text safe. A person must
 * review any text before it is published (§10.1 step 6). Names written without a capital letter or
 * without a cue are not found unless they are configured.
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {

  private static final Redactor STANDARD = new Redactor(List.of(), List.of());

  private final List<String> knownNames;
  private final List<String> knownPlaces;
  private final Optional<Pattern> namePattern;
  private final Optional<Pattern> placePattern;

  private Redactor(List<String> knownNames, List<String> knownPlaces) {
    this.knownNames = List.copyOf(knownNames);
    this.knownPlaces = List.copyOf(knownPlaces);
    this.namePattern = wholeWords(this.knownNames);
    this.placePattern = wholeWords(this.knownPlaces);
  }

  /**
   * A redactor with every pattern detector and no configured names or places.
   *
   * @return the standard redactor
   */
  public static Redactor standard() {
    return STANDARD;
  }

  /**
   * A builder for a redactor that also removes configured names and places.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Redacts one text.
   *
   * @param text the original text, not null
   * @return the redacted text with what was removed and what needs review
   */
  public RedactedText redact(String text) {
    requireNonNull(text, "text");
    List<Detectors.Candidate> candidates = new ArrayList<>();
    namePattern.ifPresent(p -> addKnown(candidates, p, text, PersonalDataType.NAME, "known-name"));
    placePattern.ifPresent(p -> addKnown(candidates, p, text, PersonalDataType.PLACE, "known-place"));
    candidates.addAll(Detectors.find(text));

    List<Detectors.Candidate> chosen = new ArrayList<>();
    candidates.stream()
        .sorted(Comparator.comparingInt(Detectors.Candidate::length).reversed()
            .thenComparing(c -> c.type().ordinal())
            .thenComparingInt(Detectors.Candidate::start))
        .forEach(c -> {
          if (chosen.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
            chosen.add(c);
          }
        });
    chosen.sort(Comparator.comparingInt(Detectors.Candidate::start));

    StringBuilder out = new StringBuilder(text.length());
    List<Redaction> redactions = new ArrayList<>(chosen.size());
    int at = 0;
    for (Detectors.Candidate c : chosen) {
      out.append(text, at, c.start()).append(c.type().token());
      redactions.add(new Redaction(c.type(), c.detector(), c.start(), c.end(), sha256(text.substring(c.start(), c.end()))));
      at = c.end();
    }
    out.append(text, at, text.length());

    List<ReviewFlag> flags = Detectors.flags(text).stream()
        .filter(f -> chosen.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end()))
        .sorted(Comparator.comparingInt(ReviewFlag::start))
        .collect(Collectors.toList());
    return new RedactedText(out.toString(), redactions, flags);
  }

  /**
   * The configured personal names, in the order given.
   *
   * @return an unmodifiable list, empty for the standard redactor
   */
  public List<String> knownNames() {
    return knownNames;
  }

  /**
   * The configured place names, in the order given.
   *
   * @return an unmodifiable list, empty for the standard redactor
   */
  public List<String> knownPlaces() {
    return knownPlaces;
  }

  private static void addKnown(List<Detectors.Candidate> out, Pattern p, String text, PersonalDataType type, String detector) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Detectors.Candidate(type, detector, m.start(), m.end()));
    }
  }

  /** One case-insensitive pattern matching any of the values as whole words, longest first. */
  private static Optional<Pattern> wholeWords(List<String> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    String alternatives = values.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(v -> Pattern.quote(v).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    return Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private static String sha256(String span) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(span.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime; every Java SE runtime has it. This is a bug.", e);
    }
  }

  /** Configures the names and places a {@link Redactor} removes besides what its patterns find. */
  public static final class Builder {

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> places = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds personal names to remove wherever they appear as whole words, in any case and in
     * possessive forms: for example the council's list of personal advisers, social workers and
     * foster carers, or a respondent's own name (CONSULTATION-METHODS §10.1 step 1).
     *
     * @param values the names; blank values are ignored
     * @return this builder
     */
    public Builder knownNames(Collection<String> values) {
      add(names, values);
      return this;
    }

    /**
     * Adds place names to remove as {@link PersonalDataType#PLACE}: local children's homes,
     * schools and supported-housing schemes.
     *
     * @param values the place names; blank values are ignored
     * @return this builder
     */
    public Builder knownPlaces(Collection<String> values) {
      add(places, values);
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @return an immutable redactor
     */
    public Redactor build() {
      return names.isEmpty() && places.isEmpty() ? STANDARD : new Redactor(List.copyOf(names), List.copyOf(places));
    }

    private static void add(Set<String> into, Collection<String> values) {
      for (String v : requireNonNull(values, "values")) {
        String s = requireNonNull(v, "a known value").strip();
        if (!s.isEmpty()) {
          into.add(s.replaceAll("\\s+", " "));
        }
      }
    }
  }
}
