package io.fdp.api.health;

/** One condition the server needs before it takes traffic, such as a reachable database; must be quick and thread-safe. */
@FunctionalInterface
public interface ReadinessCheck {
    /**
     * Checks the condition.
     *
     * @return the outcome.
     */
    Status check();

    /**
     * The outcome of a check.
     *
     * @param ready  whether the condition holds.
     * @param detail why not, or a short note; empty when there is nothing to say.
     */
    record Status(boolean ready, String detail) {
        /** @return a passing outcome. */
        public static Status up() {
            return new Status(true, "");
        }

        /**
         * A failing outcome.
         *
         * @param detail why.
         * @return the outcome.
         */
        public static Status down(final String detail) {
            return new Status(false, detail);
        }
    }
}
