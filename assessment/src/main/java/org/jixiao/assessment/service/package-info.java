/** The use cases' implementations: transactions, access checks, rules, events. */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package org.jixiao.assessment.service;

import org.jspecify.annotations.NullMarked;
