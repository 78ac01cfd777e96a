package org.leavingcare.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordFormatException;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RawRecord;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.NoApplicableRuleException;
import org.leavingcare.rules.Policy;
import org.leavingcare.rules.RuleConflictException;
import org.leavingcare.law.OutsideModelledPeriodException;

/**
 * Case records (JSON, JSON array or JSON Lines) through the reader, the decoder and the law engine:
 * the reader may only throw {@link CaseRecordFormatException}; a record either decodes or is a
 * {@link RecordError} naming a field; a decoded record is assessed or meets one of the engine's
 * documented refusals (a date outside the modelled period, no rule or two rules).
 */
class CaseRecordFuzzTest {

  private static final EnglandRules RULES = EnglandRules.standard();

  @FuzzTest(maxDuration = "3s")
  void readDecodeAndAssess(byte[] input) throws Exception {
    Documented.onlyThese(List.of(CaseRecordFormatException.class, UncheckedIOException.class), () -> {
      try (CaseRecordReader r = CaseRecordReader.open(new ByteArrayInputStream(input), "fuzz.jsonl")) {
        for (Optional<RawRecord> raw = r.next(); raw.isPresent(); raw = r.next()) {
          CaseRecordResult result = raw.get().decode();
          if (result instanceof RecordError e) {
            assertThat(e.problems()).isNotEmpty();
            continue;
          }
          CaseRecord c = (CaseRecord) result;
          Documented.onlyThese(List.of(OutsideModelledPeriodException.class, NoApplicableRuleException.class,
              RuleConflictException.class),
              () -> RULES.assess(c.history(), c.assessmentDate(), c.policyOver(Policy.defaults())));
        }
      }
    });
  }
}
