package be.hestia.common;

/** A violation before it is put in the caller's language: the field at fault and what is wrong. */
public record FieldMessage(String field, Message message) {
}
