/** A council's module that embeds leavingcare: it reads the library as a named module. */
module org.leavingcare.it.consumer {
  requires org.leavingcare.core;

  exports org.leavingcare.it.consumer;
}
