/** The REST API of the evaluation stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.evaluation.adapter.in.web;

import org.jspecify.annotations.NullMarked;
