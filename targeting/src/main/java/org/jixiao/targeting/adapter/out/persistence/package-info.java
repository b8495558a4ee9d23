/** Targets in PostgreSQL schema targeting. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.jixiao.targeting.adapter.out.persistence;
