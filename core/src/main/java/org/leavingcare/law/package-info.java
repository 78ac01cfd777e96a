/**
 * Citations of legislation: {@link org.leavingcare.law.LegalReference}, one typed shape for every
 * provision the library relies on.
 */
@NullMarked
package org.leavingcare.law;

import org.jspecify.annotations.NullMarked;
