package io.horae.compat.reservanto;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** One Reservanto action ({@code Group/Action}): the request in, the answer's fields out (the envelope is added). */
@FunctionalInterface
interface Action {
    Future<JsonObject> run(ReservantoRequest request);
}
