/** The REST API of the targeting stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.targeting.adapter.in.web;

import org.jspecify.annotations.NullMarked;
