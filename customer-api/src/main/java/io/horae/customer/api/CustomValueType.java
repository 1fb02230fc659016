package io.horae.customer.api;

/** What a custom value holds; values travel as JSON and are checked against this. */
public enum CustomValueType { STRING, NUMBER, BOOLEAN, DATE, ENUM }
