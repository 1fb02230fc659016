package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a resource is: a member of staff, a room or a piece of equipment. */
@RegisterForReflection
public enum ResourceKind { STAFF, ROOM, EQUIPMENT }
