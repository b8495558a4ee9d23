/** Demo data, created through the use cases. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.evaluation.adapter.in.demo;

import org.jspecify.annotations.NullMarked;
