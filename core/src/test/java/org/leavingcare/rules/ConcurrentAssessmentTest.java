package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leavingcare.caserecord.AssessmentJson;
import org.leavingcare.caserecord.CaseRecord;

/**
 * The law engine is thread-safe and deterministic: the 41 law vectors assessed from 8 threads at
 * once, each in its own order, give exactly the single-threaded assessments, and the same assessment
 * always writes the same JSON bytes.
 */
class ConcurrentAssessmentTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @Test
  void eightThreadsGiveTheSingleThreadedAssessments() throws Exception {
    List<CaseRecord> vectors = LawVectorsTest.vectors();
    List<Assessment> expected = assessAll(vectors, identityOrder(vectors.size()));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Assessment>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Assessment> last = List.of();
          for (int round = 0; round < ROUNDS; round++) {
            List<Integer> order = identityOrder(vectors.size());
            Collections.shuffle(order, new Random(seed * 1000 + round));
            last = assessAll(vectors, order);
            assertThat(last).isEqualTo(expected);
          }
          return last;
        }));
      }
      for (Future<List<Assessment>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameAssessmentAlwaysWritesTheSameJson() {
    List<CaseRecord> vectors = LawVectorsTest.vectors();
    List<Integer> order = identityOrder(vectors.size());
    List<Assessment> first = assessAll(vectors, order);
    List<Assessment> second = assessAll(vectors, order);
    for (int i = 0; i < first.size(); i++) {
      assertThat(json(second.get(i))).isEqualTo(json(first.get(i)));
    }
  }

  /** Assesses the vectors in the given order and returns the results in vector order. */
  private static List<Assessment> assessAll(List<CaseRecord> vectors, List<Integer> order) {
    Assessment[] out = new Assessment[vectors.size()];
    for (int i : order) {
      CaseRecord v = vectors.get(i);
      out[i] = ENGLAND.assess(v.history(), v.assessmentDate(), v.policyOver(Policy.defaults()));
    }
    return List.of(out);
  }

  private static List<Integer> identityOrder(int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    return order;
  }

  private static String json(Assessment a) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      AssessmentJson.write(a, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
