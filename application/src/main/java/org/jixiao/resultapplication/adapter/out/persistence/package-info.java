/** Result application in PostgreSQL schema resultapplication. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.resultapplication.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
