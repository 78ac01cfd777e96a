/** Helpers for the principles and Local Offer packages: JSON reading with paths. Not exported. */
@NullMarked
package org.leavingcare.principles.internal;

import org.jspecify.annotations.NullMarked;
