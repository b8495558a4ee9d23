/** What result application hears from the stages before it: evaluation results, monitoring reviews, spot-check flags. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.resultapplication.adapter.in.event;

import org.jspecify.annotations.NullMarked;
