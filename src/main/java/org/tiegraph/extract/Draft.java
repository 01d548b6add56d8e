package org.tiegraph.extract;

/**
 * An edge a rule proposes, before it is checked against the catalogue and grounded: the two entities, the rule, a
 * confidence, and the units (trigger, source, target) that the quote, year and modality are taken around.
 * {@code planned} marks a fact stated as a proposal or plan by its frame ("proposed that X participate").
 */
record Draft(Unit.Ref source, String type, Unit.Ref target, String rule, double confidence, int trigger,
             int sourceUnit, int targetUnit, String predicate, boolean planned) {
}
