package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.CreditBalance;
import io.horae.customer.api.CreditMovement;
import io.horae.customer.api.NewCustomer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Customers and their credit: customer-service. */
@ApplicationScoped
class CustomerActions implements ReservantoRoutes.ActionGroup {
    /** Reservanto's customer fields and the native ones they become. */
    private static final Map<String, String> FIELDS = Map.of("FirstName", "firstName", "LastName", "lastName",
            "Email", "email", "Phone", "phone", "Note", "note", "PersonalIdentifier", "personalIdentifier",
            "BirthDate", "birthDate");

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Customer/Create", r -> r.calls().customers().register(newCustomer(r))
                .compose(created -> r.numberOf("customer", created.id()))
                .map(id -> ReservantoRequest.answer("CustomerId", id)));
        registry.add("Customer/Get", r -> customer(r).map(c -> ReservantoRequest.answer("Customer", c)));
        registry.add("Customer/Details", CustomerActions::details);
        registry.add("Customer/GetList", CustomerActions::list);
        registry.add("Customer/Search", CustomerActions::search);
        registry.add("Customer/Edit", r -> r.id("CustomerId", "customer")
                .compose(id -> r.calls().customers().change(id, fields(r)))
                .compose(c -> r.shape(c, "customer")).map(c -> ReservantoRequest.answer("Customer", c)));
        registry.add("Customer/Note", r -> r.id("CustomerId", "customer")
                .compose(id -> r.calls().customers().change(id, new JsonObject().put("note", r.text("Note"))))
                .map(c -> new JsonObject()));
        registry.add("Customer/TryUseCredit", r -> r.id("CustomerId", "customer")
                .compose(id -> r.calls().wallet().moveCredit(id, new CreditMovement(r.amount("Amount").negate(),
                        Objects.requireNonNullElse(r.optionalText("Reason"), "used through the API"), null)))
                .map(entry -> new JsonObject().put("Success", true).put("Balance", entry.balance())));
        registry.add("Customer/CreditTransactions", r -> r.id("CustomerId", "customer")
                .compose(id -> r.calls().wallet().statement(id, r.time("From").toInstant(),
                        r.time("To").toInstant()))
                .map(r.calls()::json)
                .compose(statement -> r.shape(statement.copy().put("entries", null), null)
                        .compose(shaped -> r.shapeAll(statement.getJsonArray("entries"), "credit-entry")
                                .map(entries -> shaped.put("Entries", entries)))));
        registry.add("Credit/GetHistory", r -> r.calls().wallet().creditHistory(r.time("From").toInstant(),
                        r.time("To").toInstant(), Objects.requireNonNullElse(r.optionalInteger("Offset"), 0),
                        Objects.requireNonNullElse(r.optionalInteger("Count"), 100))
                .compose(page -> r.shapeAll(page.items(), "credit-entry").map(all -> new JsonObject()
                        .put("CreditTransactions", all).put("TotalCount", page.total()))));
    }

    private static Future<JsonObject> customer(ReservantoRequest r) {
        return r.id("CustomerId", "customer").compose(id -> r.calls().customers().get(id)).compose(c -> r.shape(c, "customer"));
    }

    /** The customer with credit balance and passes. */
    private static Future<JsonObject> details(ReservantoRequest r) {
        return r.id("CustomerId", "customer").compose(id -> {
            Future<JsonObject> customer = r.calls().customers().get(id).compose(c -> r.shape(c, "customer"));
            Future<CreditBalance> credit = r.calls().wallet().credit(id);
            Future<JsonArray> passes = r.calls().wallet().passes(id).compose(all -> r.shapeAll(all, "customer-pass"));
            return Future.all(customer, credit, passes).map(all -> new JsonObject()
                    .put("Customer", customer.result())
                    .put("CreditBalance", credit.result().balance())
                    .put("Passes", passes.result()));
        });
    }

    private static Future<JsonObject> list(ReservantoRequest r) {
        int offset = Objects.requireNonNullElse(r.optionalInteger("Offset"), 0);
        int count = Objects.requireNonNullElse(r.optionalInteger("Count"), 100);
        Instant since = r.has("RegisteredSince") ? r.time("RegisteredSince").toInstant() : null;
        return r.calls().customers().page(since, offset, count)
                .compose(page -> r.shapeAll(page.items(), "customer").map(all -> new JsonObject()
                        .put("Customers", all).put("TotalCount", page.total())));
    }

    /** At most 15 customers matching every word given in {@code Query}, or in the name, e-mail and phone fields. */
    private static Future<JsonObject> search(ReservantoRequest r) {
        String query = r.has("Query") ? r.text("Query") : Stream.of("FirstName", "LastName", "Email", "Phone")
                .map(r::optionalText).filter(Objects::nonNull).collect(Collectors.joining(" "));
        if (query.isBlank()) {
            throw Refusal.badField("Query", "give Query or a name, e-mail or phone");
        }
        return r.calls().customers().search(query, 15)
                .compose(all -> r.shapeAll(all, "customer")).map(all -> ReservantoRequest.answer("Customers", all));
    }

    /** The Reservanto fields of a new customer. */
    private static NewCustomer newCustomer(ReservantoRequest r) {
        return new NewCustomer(r.optionalText("FirstName"), r.optionalText("LastName"), r.optionalText("Email"),
                r.optionalText("Phone"), r.optionalText("PersonalIdentifier"),
                r.has("BirthDate") ? r.date("BirthDate") : null, r.optionalText("Note"), null, null, null);
    }

    /** The Reservanto fields present, as a merge patch of a native customer. */
    private static JsonObject fields(ReservantoRequest r) {
        JsonObject customer = new JsonObject();
        for (String field : List.copyOf(FIELDS.keySet())) {
            if (r.has(field)) {
                customer.put(FIELDS.get(field), field.equals("BirthDate") ? r.date(field).toString()
                        : r.optionalText(field));
            }
        }
        return customer;
    }
}
