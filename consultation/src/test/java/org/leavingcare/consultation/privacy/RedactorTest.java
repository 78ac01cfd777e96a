package org.leavingcare.consultation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

  /** One corpus case: a sentence, what redaction must make of it, and the corpus section it is in. */
  record Case(String section, String text, String expected) {
    @Override
    public String toString() {
      return section + ": " + text;
    }
  }

  static List<Case> corpus() {
    InputStream in = Objects.requireNonNull(RedactorTest.class.getResourceAsStream("/privacy/redaction-corpus.txt"));
    List<Case> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = "";
      String pending = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("## ")) {
          section = line.substring(3);
        } else if (line.isBlank() || line.startsWith("#")) {
          continue;
        } else if (line.startsWith("-> ")) {
          String expected = line.substring(3);
          cases.add(new Case(section, Objects.requireNonNull(pending, "expectation without a text"),
              expected.equals("(unchanged)") ? pending : expected));
          pending = null;
        } else {
          pending = line;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static Stream<Case> sentences() {
    return corpus().stream().filter(c -> !c.section().startsWith("near-misses"));
  }

  static Stream<Case> nearMisses() {
    return corpus().stream().filter(c -> c.section().startsWith("near-misses"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void redactsEachPattern(Case c) {
    RedactedText r = Redactor.standard().redact(c.text());
    assertThat(r.text()).isEqualTo(c.expected());
    assertThat(r.isRedacted()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void leavesNearMissesAlone(Case c) {
    RedactedText r = Redactor.standard().redact(c.text());
    assertThat(r.text()).isEqualTo(c.text());
    assertThat(r.redactions()).isEmpty();
  }

  @Test
  void theCorpusCoversEveryPatternAndManyNearMisses() {
    assertThat(sentences().count()).isGreaterThanOrEqualTo(40);
    assertThat(nearMisses().count()).isGreaterThanOrEqualTo(25);
    List<RedactedText> all = sentences().map(c -> Redactor.standard().redact(c.text())).toList();
    RedactionSummary summary = RedactionSummary.of(all);
    // Every type but PLACE, which needs a configured list (removesConfiguredNamesAndPlaces...).
    assertThat(summary.byType().keySet()).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(PersonalDataType.PLACE)));
  }

  @Test
  void countsWhatWasRemovedByTypeAndDetector() {
    RedactedText r = Redactor.standard().redact(
        "My PA Jordan (07700 900321, jordan.pa@example.org) moved me to 9 Birch Road in 2022. Call 020 7946 0111.");
    assertThat(r.counts()).containsExactly(
        Map.entry(PersonalDataType.EMAIL, 1), Map.entry(PersonalDataType.PHONE, 2),
        Map.entry(PersonalDataType.ADDRESS, 1), Map.entry(PersonalDataType.NAME, 1));
    assertThat(r.count(PersonalDataType.PHONE)).isEqualTo(2);
    assertThat(r.redactions()).extracting(Redaction::detector)
        .containsExactly("name-after-cue", "uk-phone", "email", "street-address", "uk-phone");
    Redaction name = r.redactions().get(0);
    assertThat(name.start()).isEqualTo(6);
    assertThat(name.end()).isEqualTo(12);
  }

  @Test
  void keepsADigestButNeverTheOriginalSpan() {
    RedactedText r = Redactor.standard().redact("Ring 07700 900123");
    Redaction phone = r.redactions().get(0);
    // printf '07700 900123' | sha256sum
    assertThat(phone.sha256()).isEqualTo("64b2e8b3d7e1127e65a2efb3d168ddcee1529e5f827051c3bb92c73e9291865b");
    assertThat(r.toString()).doesNotContain("900123");
  }

  @Test
  void removesConfiguredNamesAndPlacesInAnyCaseAndPossessive() {
    Redactor redactor = Redactor.builder()
        .knownNames(List.of("Dionne Harper", "Marcus"))
        .knownPlaces(List.of("Willow House"))
        .build();
    RedactedText r = redactor.redact("marcus's team and Dionne  Harper moved me out of willow house; Marcusson stayed.");
    assertThat(r.text()).isEqualTo("[NAME]'s team and [NAME] moved me out of [PLACE]; Marcusson stayed.");
    assertThat(r.counts()).containsEntry(PersonalDataType.NAME, 2).containsEntry(PersonalDataType.PLACE, 1);
    assertThat(redactor.knownNames()).containsExactly("Dionne Harper", "Marcus");
  }

  @Test
  void flagsForReviewWhatItWillNotRemove() {
    RedactedText r = Redactor.standard().redact("My number might be 943 476 5918, or email kay at example dot com. Case LV21C00123.");
    assertThat(r.redactions()).isEmpty();
    assertThat(r.reviewFlags()).extracting(ReviewFlag::reason).containsExactly(
        ReviewFlag.Reason.NHS_LIKE_NUMBER_FAILS_CHECK, ReviewFlag.Reason.OBFUSCATED_EMAIL, ReviewFlag.Reason.CASE_REFERENCE);
    assertThat(r.needsReview()).isTrue();
  }

  @Test
  void checksNhsNumbersWithModulusEleven() {
    assertThat(Detectors.passesNhsCheck("9434765919")).isTrue();
    assertThat(Detectors.passesNhsCheck("9434765918")).isFalse();
    assertThat(Detectors.passesNhsCheck("4010232137")).isTrue();
    assertThat(Detectors.passesNhsCheck("123456789")).isFalse();
  }

  @Test
  void summarisesManyTexts() {
    RedactionSummary s = RedactionSummary.of(List.of(
        Redactor.standard().redact("Ring 07700 900123 or 07700 900124"),
        Redactor.standard().redact("nothing here"),
        Redactor.standard().redact("NI QQ 12 34 56 C")));
    assertThat(s.textsExamined()).isEqualTo(3);
    assertThat(s.textsRedacted()).isEqualTo(2);
    assertThat(s.totalRedactions()).isEqualTo(3);
    assertThat(s.byType()).containsEntry(PersonalDataType.PHONE, 2).containsEntry(PersonalDataType.NI_NUMBER, 1);
  }
}
