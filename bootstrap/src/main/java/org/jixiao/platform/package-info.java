/**
 * The platform every stage stands on: the database (embedded PostgreSQL by default, or a server), one schema and
 * migration history per stage, RFC 9457 problem details in Chinese or English, the OpenAPI document grouped by
 * stage, and the catalogue of enums. Stages never depend on it; it finds what it needs of them by itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform (平台)")
@NullMarked
package org.jixiao.platform;

import org.jspecify.annotations.NullMarked;
