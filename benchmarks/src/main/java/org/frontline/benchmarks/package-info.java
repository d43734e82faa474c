/** Benchmark harnesses: each prints its figures; the README of BENCHMARKS.md gives the commands. */
package org.frontline.benchmarks;
