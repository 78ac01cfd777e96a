/**
 * leavingcare consultation: weighted analysis of Local Offer consultations, with the responses of
 * care-experienced people weighted as the council decides.
 */
module org.leavingcare.consultation {
  requires static org.jspecify;
  requires transitive org.leavingcare.core;
  requires commons.math3;
  requires com.opencsv;
  requires com.google.common;
  requires org.dhatim.fastexcel;

  exports org.leavingcare.consultation.privacy;
  exports org.leavingcare.consultation.report;
  exports org.leavingcare.consultation.model;
  exports org.leavingcare.consultation.config;
  exports org.leavingcare.consultation.ingest;
  exports org.leavingcare.consultation.themes;
  exports org.leavingcare.consultation.weighting;
  exports org.leavingcare.consultation.estimates;
  exports org.leavingcare.consultation.summary;
}
