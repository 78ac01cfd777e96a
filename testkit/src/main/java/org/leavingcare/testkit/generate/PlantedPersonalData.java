package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

/**
 * A synthetic identifier the consultation generator planted in a free-text answer, so that
 * redaction can be tested against known truth. Every value is reserved for fiction or testing:
 * Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx), {@code QQ}-prefixed National Insurance
 * numbers, NHS numbers in the unissued 999 range (with a valid modulus-11 check digit),
 * {@code example.com} e-mail addresses and invented first names after a cue such as "my PA".
 *
 * @param respondentId the respondent
 * @param column the free-text column
 * @param type the kind, named as {@code org.leavingcare.consultation.privacy.PersonalDataType}:
 *     {@code PHONE}, {@code EMAIL}, {@code NI_NUMBER}, {@code NHS_NUMBER} or {@code NAME}
 * @param value the planted text
 * @param start offset of its first character in the answer
 * @param end offset just after its last character
 */
public record PlantedPersonalData(String respondentId, String column, String type, String value, int start, int end) {

  /** Checks the fields. */
  public PlantedPersonalData {
    requireNonNull(respondentId, "respondentId");
    requireNonNull(column, "column");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    if (start < 0 || end - start != value.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit the value's length " + value.length());
    }
  }
}
