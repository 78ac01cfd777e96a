package org.leavingcare.consultation.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leavingcare.consultation.model.AnswerText;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.weighting.Calibration;
import org.leavingcare.consultation.weighting.CalibrationSpec;
import org.leavingcare.consultation.weighting.Margin;
import org.leavingcare.consultation.weighting.WeightScheme;

/**
 * The weight of each respondent class under a weight scheme (CONSULTATION-METHODS §1.1, §7): the one
 * place where multipliers, target shares and calibration become weights, used by {@link Summariser}
 * for every question and by {@link Summariser#respondentWeights} for respondent-level analyses.
 * Immutable.
 */
final class ClassWeights {

  private final Consultation consultation;
  private final List<RespondentClass> classes;
  private final long[] classSize;

  ClassWeights(Consultation consultation, List<RespondentClass> classes, long[] classSize) {
    this.consultation = consultation;
    this.classes = List.copyOf(classes);
    this.classSize = classSize.clone();
  }

  /** Policy weights (group multiplier × care-experience multiplier {@code k}) per class. */
  double[] base(WeightScheme scheme, double k) {
    double[] w = new double[classes.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = scheme.weight(classes.get(c).group(), classes.get(c).careExperienced(), k);
    }
    return w;
  }

  /**
   * The weights over the whole consultation, one per class: under a target share, the policy
   * weights with the {@code k} giving that share over all respondents; otherwise the policy weights
   * at the scheme's multiplier, calibrated when the scheme calibrates.
   */
  double[] overall(WeightScheme scheme) {
    if (scheme.careExperiencedShare().isPresent()) {
      return base(scheme, shareMultiplier(scheme, classSize));
    }
    double[] w = base(scheme, scheme.careExperiencedMultiplier());
    return calibration(scheme, w).map(Calibration::weights).orElse(w);
  }

  /** {@code k = s·W_o/((1−s)·W_c)} over the given respondents per class (§1.1). */
  double shareMultiplier(WeightScheme scheme, long[] respondentsPerClass) {
    double s = scheme.careExperiencedShare().orElseThrow();
    double wc = 0;
    double wo = 0;
    for (int c = 0; c < classes.size(); c++) {
      double w = scheme.groupMultiplier(classes.get(c).group()) * respondentsPerClass[c];
      if (classes.get(c).careExperienced()) {
        wc += w;
      } else {
        wo += w;
      }
    }
    return wc > 0 && wo > 0 ? s * wo / ((1 - s) * wc) : 1;
  }

  /** The scheme's calibration of the given class weights, if it calibrates. */
  Optional<Calibration> calibration(WeightScheme scheme, double[] weights) {
    return scheme.calibration().map(spec -> calibrate(spec, weights));
  }

  private Calibration calibrate(CalibrationSpec spec, double[] weights) {
    List<int[]> margins = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    for (Margin m : spec.margins()) {
      List<String> cats = new ArrayList<>(m.population().keySet());
      int[] stratum = new int[classes.size()];
      double[] sample = new double[cats.size()];
      for (int c = 0; c < classes.size(); c++) {
        String value = marginValue(m.column(), classes.get(c), cats);
        int h = -1;
        for (int i = 0; i < cats.size(); i++) {
          if (AnswerText.normalise(cats.get(i)).equals(AnswerText.normalise(value))) {
            h = i;
          }
        }
        if (h < 0) {
          throw new IllegalArgumentException("calibration margin '" + m.column() + "': " + classSize[c]
              + " respondent(s) have the value '" + value + "', which has no population total; add it to the margin's"
              + " population (categories: " + String.join(", ", cats) + ")");
        }
        stratum[c] = h;
        sample[h] += weights[c] * classSize[c];
      }
      for (int h = 0; h < cats.size(); h++) {
        if (sample[h] == 0) {
          throw new IllegalArgumentException("calibration margin '" + m.column() + "': the category '" + cats.get(h)
              + "' has a population total but no respondents; merge it with a neighbouring category");
        }
      }
      margins.add(stratum);
      targets.add(m.population().values().stream().mapToDouble(Double::doubleValue).toArray());
    }
    return spec.method() == CalibrationSpec.Method.POST_STRATIFY
        ? Calibration.postStratify(weights, classSize, margins.get(0), targets.get(0))
        : Calibration.rake(weights, classSize, margins, targets, spec.control());
  }

  private String marginValue(String column, RespondentClass c, List<String> cats) {
    if (consultation.groupColumn().map(column::equals).orElse(false)) {
      return c.group();
    }
    if (consultation.careExperience().map(ce -> ce.column().equals(column)).orElse(false)) {
      var ce = consultation.careExperience().get();
      for (String cat : cats) {
        if (ce.matches(cat) == c.careExperienced()) {
          return cat;
        }
      }
      return c.careExperienced() ? ce.values().get(0) : "(not care-experienced)";
    }
    int i = consultation.demographicColumns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("calibration margin column '" + column + "' is not the group, care-experience"
          + " or a demographic column");
    }
    return c.demographics().get(i);
  }
}
