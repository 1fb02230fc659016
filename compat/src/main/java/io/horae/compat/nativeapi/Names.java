package io.horae.compat.nativeapi;

import io.horae.names.api.NameView;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;

/** The merchant's catalogues of names for one caller, whichever service keeps each, in names-api's types. */
public final class Names {
    /** A catalogue of names, and where it is kept. */
    public enum Kind {
        CUSTOMER_TAGS("customer-tags"), RESOURCE_TAGS("resource-tags"), SEGMENTS("segments"),
        PRICE_LEVELS("price-levels"), PRODUCT_CATEGORIES("product-categories");

        private final String path;

        Kind(String path) {
            this.path = "/api/v1/" + path;
        }
    }

    private final NativeApi.Calls calls;

    Names(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<List<NameView>> list(Kind kind) {
        return calls.sendForList(HttpMethod.GET, kind.path, null, NameView.class);
    }
}
