package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A customer's account: invited (the e-mailed link sets the password) or active. */
@RegisterForReflection
public enum AccountStatus { INVITED, ACTIVE }
