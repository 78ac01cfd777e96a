package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A corporate parenting principles checklist for one decision, policy or service of any council
 * department: for each of the seven principles (Children and Social Work Act 2017 s.1(1)) a
 * rating, the evidence, and the actions that close any gap.
 *
 * <p>A checklist may be a draft: {@link #completenessProblems()} lists what is still missing under
 * these rules, each with the JSON path of the field to fill in:
 * <ol>
 *   <li>the subject, its kind, the department, who completed it and the date are given;</li>
 *   <li>every principle is addressed and rated;</li>
 *   <li>"met" and "partly met" give evidence;</li>
 *   <li>"not applicable" gives a reason;</li>
 *   <li>"partly met" and "not met" have at least one action;</li>
 *   <li>every action has a description, an owner and a due date.</li>
 * </ol>
 * Rule 3 is this library's; the others follow the statutory guidance "Applying corporate parenting
 * principles to looked-after children and care leavers" (DfE, 2018), which asks authorities to show
 * that regard was had to each need.
 *
 * <p>Immutable and thread-safe. Reviews are kept in principle order; a principle appears at most once.
 */
public final class Checklist {

  private final String subject;
  private final Optional<SubjectKind> kind;
  private final String department;
  private final String completedBy;
  private final Optional<LocalDate> date;
  private final List<PrincipleReview> reviews;

  private Checklist(String subject, Optional<SubjectKind> kind, String department, String completedBy,
      Optional<LocalDate> date, Collection<PrincipleReview> reviews) {
    this.subject = requireNonNull(subject, "subject");
    this.kind = requireNonNull(kind, "kind");
    this.department = requireNonNull(department, "department");
    this.completedBy = requireNonNull(completedBy, "completedBy");
    this.date = requireNonNull(date, "date");
    List<PrincipleReview> sorted = new ArrayList<>(reviews);
    sorted.sort(Comparator.comparing(PrincipleReview::principle));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).principle() == sorted.get(i - 1).principle()) {
        throw new IllegalArgumentException("principle " + sorted.get(i).principle().letter()
            + " is reviewed twice; give one review per principle");
      }
    }
    this.reviews = List.copyOf(sorted);
  }

  /**
   * A checklist from its parts.
   *
   * @param subject the decision, policy or service; not null
   * @param kind what the subject is; empty in a draft
   * @param department the council department (or partner) responsible; not null
   * @param completedBy the post or person who completed it; not null
   * @param date when it was completed; empty in a draft
   * @param reviews at most one per principle, in any order; not null
   * @return the checklist
   * @throws IllegalArgumentException if a principle is reviewed twice
   */
  public static Checklist of(String subject, Optional<SubjectKind> kind, String department, String completedBy,
      Optional<LocalDate> date, Collection<PrincipleReview> reviews) {
    return new Checklist(subject, kind, department, completedBy, date, reviews);
  }

  /**
   * A blank checklist: every principle present and unrated, every other field empty. This is the
   * template councils fill in.
   *
   * @return the blank checklist
   */
  public static Checklist blank() {
    List<PrincipleReview> all = new ArrayList<>();
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      all.add(PrincipleReview.unrated(p));
    }
    return new Checklist("", Optional.empty(), "", "", Optional.empty(), all);
  }

  /** @return the decision, policy or service this checklist is about; may be blank in a draft */
  public String subject() {
    return subject;
  }

  /** @return what the subject is; empty in a draft */
  public Optional<SubjectKind> kind() {
    return kind;
  }

  /** @return the department responsible; may be blank in a draft */
  public String department() {
    return department;
  }

  /** @return the post or person who completed the checklist; may be blank in a draft */
  public String completedBy() {
    return completedBy;
  }

  /** @return when the checklist was completed; empty in a draft */
  public Optional<LocalDate> date() {
    return date;
  }

  /** @return the reviews, in principle order, at most one per principle */
  public List<PrincipleReview> reviews() {
    return reviews;
  }

  /**
   * The review of one principle.
   *
   * @param principle the principle; not null
   * @return its review, or empty if the checklist does not address it
   */
  public Optional<PrincipleReview> review(CorporateParentingPrinciple principle) {
    requireNonNull(principle, "principle");
    return reviews.stream().filter(r -> r.principle() == principle).findFirst();
  }

  /**
   * What is still missing under the completeness rules of this class, each with the JSON path
   * (in the checklist file format, docs/local-offer.md) of the field to fill in.
   *
   * @return the problems in document order; empty when the checklist is complete
   */
  public List<DocumentProblem> completenessProblems() {
    List<DocumentProblem> problems = new ArrayList<>();
    if (subject.isBlank()) {
      problems.add(new DocumentProblem("$.subject", "say which decision, policy or service this checklist is about"));
    }
    if (kind.isEmpty()) {
      problems.add(new DocumentProblem("$.kind", "give the kind of subject: DECISION, POLICY or SERVICE"));
    }
    if (department.isBlank()) {
      problems.add(new DocumentProblem("$.department", "name the department responsible"));
    }
    if (completedBy.isBlank()) {
      problems.add(new DocumentProblem("$.completedBy", "say who completed the checklist (a post is enough)"));
    }
    if (date.isEmpty()) {
      problems.add(new DocumentProblem("$.date", "give the date the checklist was completed (yyyy-mm-dd)"));
    }
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      if (review(p).isEmpty()) {
        problems.add(new DocumentProblem("$.principles", "principle " + p.letter() + " (" + p.citation().cite()
            + ") is not addressed; add an entry for it, rated NOT_APPLICABLE with a reason if it does not apply"));
      }
    }
    for (int i = 0; i < reviews.size(); i++) {
      PrincipleReview r = reviews.get(i);
      String at = "$.principles[" + i + "]";
      String which = "principle " + r.principle().letter();
      if (r.rating().isEmpty()) {
        problems.add(new DocumentProblem(at + ".rating", which + " is not rated; choose MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE"));
        continue;
      }
      Rating rating = r.rating().get();
      if ((rating == Rating.MET || rating == Rating.PARTLY_MET) && r.evidence().isBlank()) {
        problems.add(new DocumentProblem(at + ".evidence", which + " is rated " + rating + " but gives no evidence; say what shows it"));
      }
      if (rating == Rating.NOT_APPLICABLE && r.notApplicableReason().isBlank()) {
        problems.add(new DocumentProblem(at + ".notApplicableReason", which + " is rated NOT_APPLICABLE without a reason; say why it does not apply"));
      }
      if (rating.isGap() && r.actions().isEmpty()) {
        problems.add(new DocumentProblem(at + ".actions", which + " is rated " + rating + " but has no action; add what will be done, who owns it and when it is due"));
      }
      for (int j = 0; j < r.actions().size(); j++) {
        Action a = r.actions().get(j);
        String aat = at + ".actions[" + j + "]";
        if (a.description().isBlank()) {
          problems.add(new DocumentProblem(aat + ".action", "say what will be done"));
        }
        if (a.owner().isBlank()) {
          problems.add(new DocumentProblem(aat + ".owner", "name the post or team that owns this action"));
        }
        if (a.due().isEmpty()) {
          problems.add(new DocumentProblem(aat + ".due", "give the date this action is due (yyyy-mm-dd)"));
        }
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Whether no completeness rule is broken.
   *
   * @return true when {@link #completenessProblems()} is empty
   */
  public boolean isComplete() {
    return completenessProblems().isEmpty();
  }

  /**
   * The summary a committee or manager reads: how many principles have each rating, the gaps, the
   * actions overdue on a date, and what is still missing.
   *
   * @param asOf the date on which actions are judged overdue; not null
   * @return the summary
   */
  public ChecklistSummary summary(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      counts.put(r, 0);
    }
    List<ChecklistSummary.Gap> gaps = new ArrayList<>();
    List<ChecklistSummary.OverdueAction> overdue = new ArrayList<>();
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      Optional<PrincipleReview> review = review(p);
      Optional<Rating> rating = review.flatMap(PrincipleReview::rating);
      rating.ifPresent(r -> counts.merge(r, 1, Integer::sum));
      if (rating.isEmpty() || rating.get().isGap()) {
        gaps.add(new ChecklistSummary.Gap(p, rating));
      }
      review.ifPresent(r -> r.actions().stream().filter(a -> a.isOverdueOn(asOf))
          .forEach(a -> overdue.add(new ChecklistSummary.OverdueAction(p, a))));
    }
    return new ChecklistSummary(asOf, counts, gaps, overdue, completenessProblems());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checklist c && subject.equals(c.subject) && kind.equals(c.kind)
        && department.equals(c.department) && completedBy.equals(c.completedBy) && date.equals(c.date)
        && reviews.equals(c.reviews);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, kind, department, completedBy, date, reviews);
  }

  /** @return the subject and how many principles are reviewed; no free text beyond the subject */
  @Override
  public String toString() {
    return "Checklist[" + subject + ", " + reviews.size() + " principles reviewed]";
  }
}
