/**
 * JMH benchmarks and scale runs; see {@code bench/README.md} for how to run them and
 * {@code bench/RESULTS.md} for the figures.
 */
package org.leavingcare.bench;
