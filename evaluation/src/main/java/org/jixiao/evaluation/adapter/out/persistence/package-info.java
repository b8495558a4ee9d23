/** Evaluation in PostgreSQL schema evaluation. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.evaluation.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
