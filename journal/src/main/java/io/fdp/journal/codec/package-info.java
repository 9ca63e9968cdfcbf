/** Binary layouts of the journals: input events ({@link io.fdp.journal.codec.JournalDescriptor}) and derived output. */
package io.fdp.journal.codec;
