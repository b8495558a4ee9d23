/** The REST API of the targeting stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.jixiao.targeting.adapter.in.web;
