/**
 * The SSDA903 ("903") children-looked-after return: reading it, and reporting the whole cohort of
 * looked-after children and care leavers from it.
 *
 * <p>Main types: {@link org.leavingcare.ssda903.Ssda903Reader} reads CSV tables (recognised by
 * their headers) or the XML form into an {@link org.leavingcare.ssda903.Ssda903Return} of
 * {@link org.leavingcare.ssda903.ChildRecord}s with a {@link org.leavingcare.ssda903.ReadReport}
 * ({@link org.leavingcare.ssda903.TableRead} counts that reconcile, and
 * {@link org.leavingcare.ssda903.ReadIssue}s naming file, row, column, value and reason);
 * {@link org.leavingcare.ssda903.CodeLists} holds the DfE code lists by
 * {@link org.leavingcare.ssda903.CollectionYear} as data.
 *
 * <p>Sources: the DfE children looked after return guidance as summarised in the project's
 * {@code docs/ssda903.md}; validator rules cited by their DfE numbers.
 */
@NullMarked
package org.leavingcare.ssda903;

import org.jspecify.annotations.NullMarked;
