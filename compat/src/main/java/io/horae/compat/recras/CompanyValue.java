package io.horae.compat.recras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.horae.compat.nativeapi.CustomValueDefinitions;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.CustomValueDefinitionView;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomValueType;
import io.horae.customer.api.NewCustomValueDefinition;
import io.vertx.core.Future;

import java.util.Map;
import java.util.Optional;

/**
 * Recras's {@code customer.company_id}, "used for the booking as well" (seed 003): kept on the booking as its custom
 * value {@code company_id}, a number, defined for the merchant the first time a Recras booking names a company. A
 * merchant who retired that definition has said not to keep it, and the booking is made without it.
 */
final class CompanyValue {
    static final String KEY = "company_id";

    private CompanyValue() {
    }

    /** The booking's custom values for {@code companyId}: none without a company or with the definition retired. */
    static Future<Map<String, JsonNode>> of(NativeApi.Calls calls, Long companyId) {
        if (companyId == null) {
            return Future.succeededFuture(null);
        }
        Map<String, JsonNode> value = Map.of(KEY, LongNode.valueOf(companyId));
        CustomValueDefinitions definitions = calls.customValueDefinitions();
        return definitions.of(CustomValueScope.BOOKING, false).compose(all -> {
            Optional<CustomValueDefinitionView> found = all.stream().filter(d -> KEY.equals(d.key())).findFirst();
            if (found.isPresent()) {
                return Future.succeededFuture(found.get().active() ? value : null);
            }
            return definitions.define(new NewCustomValueDefinition(KEY, "Company (Recras)", CustomValueType.NUMBER,
                            null, null, CustomValueScope.BOOKING))
                    .<Void>mapEmpty()
                    .recover(failure -> failure instanceof Refusal refusal && refusal.status() == 409
                            ? Future.succeededFuture() : Future.failedFuture(failure))  // defined meanwhile
                    .map(defined -> value);
        });
    }
}
