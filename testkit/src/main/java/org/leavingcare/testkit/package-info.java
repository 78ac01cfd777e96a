/**
 * Test support for users of leavingcare: start at {@link org.leavingcare.testkit.LeavingCareAssertions}.
 */
@NullMarked
package org.leavingcare.testkit;

import org.jspecify.annotations.NullMarked;
