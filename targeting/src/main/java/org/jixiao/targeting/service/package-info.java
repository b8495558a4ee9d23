/** The target use cases' implementations: transactions, access checks, events. */
@org.jmolecules.architecture.hexagonal.Application
package org.jixiao.targeting.service;
