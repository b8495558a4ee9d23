/** Assessments in PostgreSQL schema assessment. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.jixiao.assessment.adapter.out.persistence;
