/** The result-application use cases' implementations: transactions, access checks. */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package org.jixiao.resultapplication.service;

import org.jspecify.annotations.NullMarked;
