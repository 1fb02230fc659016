package io.horae.customer.profile;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/** The tags a merchant gives customers (Reservanto Tag/GetListForCustomer): every tag a customer carries is one. */
@ApplicationScoped
public class CustomerTags extends NameCatalogue {
    CustomerTags() {
        super("customer_tag", "customer tag", Usage.array("customer", "tags"));
    }
}
