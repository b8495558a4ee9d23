/**
 * The monitoring model: rounds, reports and the rules that light them. Plain Java; the set-based assessment of a
 * round in the persistence adapter computes the same rules in SQL, and a test holds the two to the same answers.
 */
@NullMarked
package org.jixiao.monitoring.domain;

import org.jspecify.annotations.NullMarked;
