package org.leavingcare.bench.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.config.InvalidConfigException;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.ThemeInputException;
import org.leavingcare.localoffer.LocalOfferJson;
import org.leavingcare.principles.ChecklistJson;
import org.leavingcare.principles.InvalidDocumentException;

/**
 * The JSON documents people write by hand: the consultation configuration, a themes codebook, a
 * Local Offer and a principles checklist. The first byte chooses the reader; each may throw only its
 * documented error, listing the problems.
 */
class ConfigFuzzTest {

  @FuzzTest(maxDuration = "3s")
  void readConfigs(FuzzedDataProvider data) throws Exception {
    int which = data.consumeInt(0, 3);
    byte[] json = data.consumeRemainingAsBytes();
    switch (which) {
      case 0:
        Documented.onlyThese(List.of(InvalidConfigException.class),
            () -> ConsultationConfig.parse(new String(json, StandardCharsets.UTF_8), "fuzz.json"));
        break;
      case 1:
        Documented.onlyThese(List.of(ThemeInputException.class),
            () -> Codebook.parse(new ByteArrayInputStream(json), "codebook.json"));
        break;
      case 2:
        Documented.onlyThese(List.of(InvalidDocumentException.class), () -> LocalOfferJson.read(json, "offer.json"));
        break;
      default:
        Documented.onlyThese(List.of(InvalidDocumentException.class), () -> ChecklistJson.read(json, "checklist.json"));
        break;
    }
  }
}
