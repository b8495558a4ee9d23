/** Assessments in PostgreSQL schema assessment. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.assessment.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
