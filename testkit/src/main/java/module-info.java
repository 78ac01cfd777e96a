/**
 * leavingcare testkit: fixtures, generators and AssertJ assertions for projects that use
 * leavingcare in their own tests. AssertJ is a provided dependency: bring your own.
 */
module org.leavingcare.testkit {
  requires static org.jspecify;
  requires transitive org.leavingcare.core;
  requires transitive org.leavingcare.consultation;
  requires static transitive org.assertj.core;

  exports org.leavingcare.testkit;
  exports org.leavingcare.testkit.generate;
}
