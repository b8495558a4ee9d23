/** Demo data, created through the use cases. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.jixiao.targeting.adapter.in.demo;
