/** Targets in PostgreSQL schema targeting. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.targeting.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
