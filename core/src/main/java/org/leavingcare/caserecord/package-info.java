/**
 * The JSON case-record format of LAW.md §15 (docs/case-record-format.md): reading case records.
 */
@NullMarked
package org.leavingcare.caserecord;

import org.jspecify.annotations.NullMarked;
