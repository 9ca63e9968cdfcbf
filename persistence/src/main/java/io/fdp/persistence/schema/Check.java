package io.fdp.persistence.schema;

/**
 * A named CHECK constraint that is not an enum's list of names.
 *
 * @param name constraint name.
 * @param expression the boolean SQL expression.
 */
public record Check(String name, String expression) {
}
