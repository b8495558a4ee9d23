/** The REST API of the assessment stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.assessment.adapter.in.web;

import org.jspecify.annotations.NullMarked;
