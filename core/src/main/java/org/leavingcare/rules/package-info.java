/**
 * The rules: which legal category a young person is in on a date, and why.
 *
 * <p>Main types: {@link org.leavingcare.rules.Jurisdiction} (the interface a country's law
 * implements), {@link org.leavingcare.rules.EnglandRules} (England: LAW.md §4-§7, §15),
 * {@link org.leavingcare.rules.Assessment} (category, reasons, duties, deadlines, flags),
 * {@link org.leavingcare.rules.Category} (the §5 names), {@link org.leavingcare.rules.Reason}
 * (each condition tested with its provision), {@link org.leavingcare.rules.Flag},
 * {@link org.leavingcare.rules.Policy} (the §12 switches with their defaults) and
 * {@link org.leavingcare.rules.CaseTimeline} (categories and deadlines over a period).
 *
 * <p>Provisions implemented (docs/law.md maps each to its class): Children Act 1989 s.22,
 * Sch. 2 paras 19A-19C, ss.23A-23CZB, 23CA, 24-24B; CPPCR 2010 regs 28, 33, 40, 42, 48; Care
 * Leavers (England) Regulations 2010 regs 3, 5, 7, 8; Children and Social Work Act 2017 s.1;
 * Family Law Reform Act 1969 s.9.
 *
 * <p>No rule applying, or two rules with no priority, is an error
 * ({@link org.leavingcare.rules.NoApplicableRuleException},
 * {@link org.leavingcare.rules.RuleConflictException}), never a silent first match.
 */
@NullMarked
package org.leavingcare.rules;

import org.jspecify.annotations.NullMarked;
