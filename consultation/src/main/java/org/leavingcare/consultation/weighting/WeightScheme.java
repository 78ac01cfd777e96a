package org.leavingcare.consultation.weighting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leavingcare.consultation.model.AnswerText;

/**
 * The council's weighting decision, as a value (CONSULTATION-METHODS.md §1.1). A weight is a value
 * judgement, not a sampling weight; record the committee minute that adopted it.
 *
 * <p>A respondent's policy weight is {@code groupMultiplier(group) × (careExperienced ? k : 1)}:
 * <ul>
 *   <li>{@code k} is the care-experience multiplier (1 when unweighted);
 *   <li>or, with a <b>target share</b> {@code s}, {@code k} is chosen per question so that the
 *       care-experienced respondents who answered it carry the share {@code s} of the question's
 *       total weight: {@code k = s·W_o / ((1 − s)·W_c)}, with {@code W_c}, {@code W_o} the group-weighted
 *       totals of the care-experienced and other respondents who answered. The weights are then
 *       treated as fixed, as R would with that {@code k}.
 *   <li>group multipliers (default 1) weight whole respondent groups, for example foster carers
 *       1.5. If care-experienced groups get their own multiplier, leave {@code k} at 1.
 * </ul>
 * Optionally the policy weights are then calibrated to known margins ({@link CalibrationSpec}).
 * Means, proportions, their standard errors and intervals do not change if every weight is
 * multiplied by the same constant.
 *
 * <p>Immutable.
 */
public final class WeightScheme {

  private final double careExperiencedMultiplier;
  private final OptionalDouble careExperiencedShare;
  private final Map<String, Double> groupMultipliers;
  private final Optional<CalibrationSpec> calibration;

  private WeightScheme(double k, OptionalDouble share, Map<String, Double> groupMultipliers,
      Optional<CalibrationSpec> calibration) {
    if (!(k > 0) || !Double.isFinite(k)) {
      throw new IllegalArgumentException("the care-experience multiplier must be positive and finite, was " + k);
    }
    if (share.isPresent() && !(share.getAsDouble() > 0 && share.getAsDouble() < 1)) {
      throw new IllegalArgumentException("the care-experienced share of weight must be between 0 and 1 (exclusive), was "
          + share.getAsDouble());
    }
    if (share.isPresent() && calibration.isPresent()) {
      throw new IllegalArgumentException("a target share and a calibration cannot be combined; calibrate to a margin"
          + " on the care-experience column instead");
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : groupMultipliers.entrySet()) {
      if (!(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("the multiplier of group '" + e.getKey() + "' must be positive, was " + e.getValue());
      }
      copy.put(e.getKey(), e.getValue());
    }
    this.careExperiencedMultiplier = k;
    this.careExperiencedShare = share;
    this.groupMultipliers = Collections.unmodifiableMap(copy);
    this.calibration = Objects.requireNonNull(calibration, "calibration");
  }

  /**
   * Every response weighs the same.
   *
   * @return the unweighted scheme
   */
  public static WeightScheme unweighted() {
    return new WeightScheme(1, OptionalDouble.empty(), Map.of(), Optional.empty());
  }

  /**
   * Care-experienced respondents weigh {@code k}, everyone else 1.
   *
   * @param k the multiplier, positive
   * @return the scheme
   */
  public static WeightScheme careExperiencedMultiplier(double k) {
    return new WeightScheme(k, OptionalDouble.empty(), Map.of(), Optional.empty());
  }

  /**
   * Care-experienced respondents carry the share {@code s} of each question's total weight.
   *
   * @param s the share, strictly between 0 and 1
   * @return the scheme
   */
  public static WeightScheme careExperiencedShare(double s) {
    return new WeightScheme(1, OptionalDouble.of(s), Map.of(), Optional.empty());
  }

  /**
   * This scheme with another care-experience multiplier (and no target share): the sensitivity
   * analysis varies this.
   *
   * @param k the multiplier, positive
   * @return the copy
   */
  public WeightScheme withCareExperiencedMultiplier(double k) {
    return new WeightScheme(k, OptionalDouble.empty(), groupMultipliers, calibration);
  }

  /**
   * This scheme with multipliers for whole respondent groups.
   *
   * @param multipliers group name (as in the data) → multiplier, positive
   * @return the copy
   */
  public WeightScheme withGroupMultipliers(Map<String, Double> multipliers) {
    return new WeightScheme(careExperiencedMultiplier, careExperiencedShare, multipliers, calibration);
  }

  /**
   * This scheme followed by a calibration.
   *
   * @param spec the calibration
   * @return the copy
   */
  public WeightScheme withCalibration(CalibrationSpec spec) {
    return new WeightScheme(careExperiencedMultiplier, careExperiencedShare, groupMultipliers, Optional.of(spec));
  }

  /** @return the care-experience multiplier {@code k} (1 if a target share is used instead) */
  public double careExperiencedMultiplier() {
    return careExperiencedMultiplier;
  }

  /** @return the target share of weight for care-experienced respondents, if that is the scheme */
  public OptionalDouble careExperiencedShare() {
    return careExperiencedShare;
  }

  /** @return the group multipliers, group name → multiplier */
  public Map<String, Double> groupMultipliers() {
    return groupMultipliers;
  }

  /** @return the calibration applied after the policy weights, if any */
  public Optional<CalibrationSpec> calibration() {
    return calibration;
  }

  /**
   * The multiplier of a respondent group: its configured multiplier (groups matched as answers are),
   * or 1.
   *
   * @param group the group as written in the data
   * @return the multiplier
   */
  public double groupMultiplier(String group) {
    String key = AnswerText.normalise(group);
    for (Map.Entry<String, Double> e : groupMultipliers.entrySet()) {
      if (AnswerText.normalise(e.getKey()).equals(key)) {
        return e.getValue();
      }
    }
    return 1;
  }

  /**
   * The policy weight of a respondent under a care-experience multiplier.
   *
   * @param group the respondent's group
   * @param careExperienced whether the respondent is care-experienced
   * @param k the care-experience multiplier to use
   * @return {@code groupMultiplier(group) × (careExperienced ? k : 1)}
   */
  public double weight(String group, boolean careExperienced, double k) {
    return groupMultiplier(group) * (careExperienced ? k : 1);
  }

  /**
   * A one-line description for reports, for example "care-experienced ×2; Foster carer ×1.5".
   *
   * @return the description
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (careExperiencedShare.isPresent()) {
      b.append("care-experienced share of weight ").append(careExperiencedShare.getAsDouble()).append(" per question");
    } else if (careExperiencedMultiplier == 1 && groupMultipliers.isEmpty()) {
      b.append("unweighted");
    } else {
      b.append("care-experienced \u00d7").append(careExperiencedMultiplier);
    }
    groupMultipliers.forEach((g, m) -> b.append("; ").append(g).append(" \u00d7").append(m));
    calibration.ifPresent(c -> b.append("; then ").append(c.method() == CalibrationSpec.Method.RAKE ? "raked" : "post-stratified")
        .append(" to ").append(c.margins().size()).append(" margin(s)"));
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightScheme w && w.careExperiencedMultiplier == careExperiencedMultiplier
        && w.careExperiencedShare.equals(careExperiencedShare) && w.groupMultipliers.equals(groupMultipliers)
        && w.calibration.equals(calibration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(careExperiencedMultiplier, careExperiencedShare, groupMultipliers, calibration);
  }

  @Override
  public String toString() {
    return "WeightScheme[" + describe() + "]";
  }
}
