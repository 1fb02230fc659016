package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a custom value holds; values travel as JSON and are checked against this. */
@RegisterForReflection
public enum CustomValueType { STRING, NUMBER, BOOLEAN, DATE, ENUM }
