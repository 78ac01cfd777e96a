package org.leavingcare.testkit;

import org.assertj.core.api.AbstractAssert;
import org.leavingcare.law.LegalReference;

/**
 * Assertions on a {@link LegalReference}; obtain one from {@link LeavingCareAssertions#assertThat(LegalReference)}.
 */
public final class LegalReferenceAssert extends AbstractAssert<LegalReferenceAssert, LegalReference> {

  LegalReferenceAssert(LegalReference actual) {
    super(actual, LegalReferenceAssert.class);
  }

  /**
   * Checks that the reference cites the given instrument and provision, for example
   * {@code cites("Children Act 1989", "s.23C(2)")}.
   *
   * @param title the instrument's title
   * @param provision the provision
   * @return this assertion
   */
  public LegalReferenceAssert cites(String title, String provision) {
    isNotNull();
    if (!actual.title().equals(title) || !actual.provision().equals(provision)) {
      failWithMessage("Expected a citation of <%s %s> but was <%s>", title, provision, actual.cite());
    }
    return this;
  }
}
