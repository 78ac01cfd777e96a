package org.leavingcare.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Reader.Input;
import org.leavingcare.ssda903.Ssda903Return;

/**
 * The SSDA903 XML form through the reader: no exception may escape (the reader reports problems in
 * its read report), the counts reconcile, and no external entity or DTD is fetched.
 */
class Ssda903XmlFuzzTest {

  @FuzzTest(maxDuration = "3s")
  void read(byte[] input) {
    Ssda903Return ret = Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(1)
        .readInputs(List.of(Input.of("return.xml", input)));
    assertThat(ret.report().rowsRead()).isEqualTo(ret.report().rowsAccepted() + ret.report().rowsRejected());
  }
}
