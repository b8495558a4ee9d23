/**
 * Events this stage publishes for the later stages (a named interface): past-tense records implementing
 * {@code DomainEvent}, carrying ids and primitives only.
 */
@org.springframework.modulith.NamedInterface("events")
package org.jixiao.evaluation.events;
