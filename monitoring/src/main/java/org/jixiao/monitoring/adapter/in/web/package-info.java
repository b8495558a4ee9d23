/** The REST API of the monitoring stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.monitoring.adapter.in.web;

import org.jspecify.annotations.NullMarked;
