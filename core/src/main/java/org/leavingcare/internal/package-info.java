/**
 * Helpers shared by leavingcare's modules and by no one else: exported to them alone, not part of
 * the API ({@code Words}: bytes eight at a time for the CSV readers).
 */
@NullMarked
package org.leavingcare.internal;

import org.jspecify.annotations.NullMarked;
