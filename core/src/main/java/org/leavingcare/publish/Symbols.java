package org.leavingcare.publish;

/** Words for the suppression symbols, shared by the renderers. */
final class Symbols {

  private Symbols() {}

  /** A short phrase for one reason, for tooltips and machine-readable marks. */
  static String reasonPhrase(SuppressionReason reason) {
    switch (reason) {
      case SMALL_COUNT:
        return "small count";
      case SMALL_BASE:
        return "small base";
      case DOMINANCE:
        return "everyone in one category";
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
