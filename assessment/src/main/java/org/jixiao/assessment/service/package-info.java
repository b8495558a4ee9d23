/** The use cases' implementations: transactions, access checks, rules, events. */
@org.jmolecules.architecture.hexagonal.Application
package org.jixiao.assessment.service;
