package org.leavingcare.publish;

/** Words for the suppression symbols, shared by the renderers. */
final class Symbols {

  private Symbols() {}

  /** A sentence stating the policy applied, for a report's notes. */
  static String policySentence(SuppressionPolicy policy) {
    StringBuilder sb = new StringBuilder();
    if (policy.minimumCount() > 1) {
      sb.append("counts from 1 to ").append(policy.minimumCount() - 1).append(" are not shown; ");
    }
    sb.append("no percentage or estimate is shown on a base of fewer than ").append(policy.minimumBase())
        .append(" people");
    if (policy.secondary()) {
      sb.append("; further figures are withheld where needed so that none can be worked out from totals");
    }
    sb.append(". Policy: ").append(policy.source()).append('.');
    return sb.toString();
  }

  /** A short phrase for one reason, for tooltips and machine-readable marks. */
  static String reasonPhrase(SuppressionReason reason) {
    switch (reason) {
      case SMALL_COUNT:
        return "small count";
      case SMALL_BASE:
        return "small base";
      case SECONDARY:
        return "secondary suppression";
      default:
        throw new IllegalStateException("unknown reason " + reason + "; this is a bug");
    }
  }

  /** A stable code for one reason, for CSV and JSON. */
  static String reasonCode(SuppressionReason reason) {
    return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
