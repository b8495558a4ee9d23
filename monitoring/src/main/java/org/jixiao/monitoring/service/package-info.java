/** The monitoring use cases' implementations: transactions, access checks, events. */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package org.jixiao.monitoring.service;

import org.jspecify.annotations.NullMarked;
