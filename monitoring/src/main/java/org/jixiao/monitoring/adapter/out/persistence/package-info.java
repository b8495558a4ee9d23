/** Monitoring in PostgreSQL schema monitoring. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.monitoring.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
