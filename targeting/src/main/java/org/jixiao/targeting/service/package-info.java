/** The target use cases' implementations: transactions, access checks, events. */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package org.jixiao.targeting.service;

import org.jspecify.annotations.NullMarked;
