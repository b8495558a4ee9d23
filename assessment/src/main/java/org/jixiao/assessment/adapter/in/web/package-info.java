/** The REST API of the assessment stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.jixiao.assessment.adapter.in.web;
