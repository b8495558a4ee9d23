/** The REST API of the result-application stage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
@NullMarked
package org.jixiao.resultapplication.adapter.in.web;

import org.jspecify.annotations.NullMarked;
