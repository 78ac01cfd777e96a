/**
 * Helpers of the testkit's generators: seeded draws ({@link org.leavingcare.testkit.internal.Draw}),
 * birthday arithmetic ({@link org.leavingcare.testkit.internal.Birthdays}) and a small CSV writer
 * ({@link org.leavingcare.testkit.internal.CsvOut}). Not exported; not API.
 */
@NullMarked
package org.leavingcare.testkit.internal;

import org.jspecify.annotations.NullMarked;
