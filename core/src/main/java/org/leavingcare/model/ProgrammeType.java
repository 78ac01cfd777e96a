package org.leavingcare.model;

/** The kind of programme of education or training (LAW.md §15.4; CLR 2010 reg. 9(4)). */
public enum ProgrammeType {
  /** A course designated under Teaching and Higher Education Act 1998 s.22. */
  HIGHER_EDUCATION,
  /** Further education within Education Act 1996 s.2(3) and (5). */
  FURTHER_EDUCATION,
  /** Training. */
  TRAINING,
  /** Any other programme. */
  OTHER
}
