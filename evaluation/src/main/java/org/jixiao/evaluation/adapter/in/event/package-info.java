/** What evaluation hears from the stages before it (targeting's approvals) and from the platform (start-up). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.evaluation.adapter.in.event;

import org.jspecify.annotations.NullMarked;
