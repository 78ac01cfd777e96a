/**
 * The analysts' {@code leavingcare} command. {@link org.leavingcare.cli.Main} is the entry point;
 * {@link org.leavingcare.cli.LeavingCareCommand} lists the subcommands. Only this package prints or
 * calls {@code System.exit}; the library modules never do.
 */
@NullMarked
package org.leavingcare.cli;

import org.jspecify.annotations.NullMarked;
