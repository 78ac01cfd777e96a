/**
 * leavingcare core: the care-leaver law of England as code, the SSDA903 return, the corporate
 * parenting principles and the Local Offer.
 *
 * <p>Only API packages are exported; implementation helpers live in packages named
 * {@code ...internal}, which are not.
 */
module org.leavingcare.core {
  requires static org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires com.opencsv;
  requires java.xml;

  exports org.leavingcare.law;
  exports org.leavingcare.ssda903;
  exports org.leavingcare.publish;
  exports org.leavingcare.model;
  exports org.leavingcare.time;
  exports org.leavingcare.rules;
  exports org.leavingcare.duties;
  exports org.leavingcare.caserecord;
  exports org.leavingcare.principles;
  exports org.leavingcare.localoffer;
  exports org.leavingcare.internal to org.leavingcare.consultation;
}
