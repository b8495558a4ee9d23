package org.jixiao.evaluation.port.in;

import java.time.Instant;

/**
 * An act of publication (公开): the submitted self-evaluations of a year in a region's subtree made public.
 *
 * @param published the evaluations this act published (those published before stay so)
 */
public record PublicationView(int fiscalYear, String regionCode, int published, Instant publishedAt,
                              String publishedBy) {
}
