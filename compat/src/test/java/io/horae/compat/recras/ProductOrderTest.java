package io.horae.compat.recras;

import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A book_products request as seed 003 documents it: the customer's company id is a whole number, or absent. */
class ProductOrderTest {
    private static JsonObject order(Object companyId) {
        JsonObject customer = new JsonObject().put("email", "foo@bar.nl").put("first_name", "foo")
                .put("last_name", "bar");
        if (companyId != null) {
            customer.put("company_id", companyId);
        }
        return new JsonObject().put("status", "reservering").put("customer", customer)
                .put("products", new io.vertx.core.json.JsonArray().add(new JsonObject().put("amount", 1)
                        .put("product_id", 2).put("datetime", "2030-01-01 10:00:00")));
    }

    @Test
    void theCompanyIsAWholeNumberOrAbsent() {
        assertThat(ProductOrder.parse(order(2)).companyId()).isEqualTo(2L);
        assertThat(ProductOrder.parse(order(null)).companyId()).isNull();
        JsonObject explicitNull = order(null);
        explicitNull.getJsonObject("customer").putNull("company_id");
        assertThat(ProductOrder.parse(explicitNull).companyId()).isNull();
    }

    @Test
    void aCompanyThatIsNoWholeNumberIsRefusedNamingTheField() {
        for (Object bad : new Object[] {"2", 2.5, true}) {
            assertThatThrownBy(() -> ProductOrder.parse(order(bad))).isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).field()).isEqualTo("customer.company_id");
        }
    }
}
