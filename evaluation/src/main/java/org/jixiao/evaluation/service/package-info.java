/** The evaluation use cases' implementations: transactions, access checks, events. */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package org.jixiao.evaluation.service;

import org.jspecify.annotations.NullMarked;
