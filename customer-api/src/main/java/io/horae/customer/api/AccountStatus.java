package io.horae.customer.api;

/** A customer's account: invited (the e-mailed link sets the password) or active. */
public enum AccountStatus { INVITED, ACTIVE }
