/** The ex-ante gate, read from the assessment stage's query API. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
@NullMarked
package org.jixiao.targeting.adapter.out.assessment;

import org.jspecify.annotations.NullMarked;
