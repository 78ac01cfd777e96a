package org.leavingcare.consultation.themes;

/** Who assigned an answer's themes (CONSULTATION-METHODS §13.2: keep who assigned what). */
public enum CodeSource {
  /** The codebook's phrases and patterns ({@link ThemeCoder}). */
  AUTOMATIC,
  /** A person, from a manual-codes file ({@link ManualCodes}); overrides the automatic codes. */
  MANUAL
}
