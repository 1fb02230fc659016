package io.horae.customer.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.NewCustomer;
import io.horae.customer.customvalue.CustomValueDefinitionService;
import io.horae.customer.mail.MailOutbox;
import io.horae.events.customer.CustomerCreated;
import io.horae.events.customer.CustomerErased;
import io.horae.events.customer.CustomerProfile;
import io.horae.events.customer.CustomerUpdated;
import io.horae.kernel.json.Patches;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerService {
    private final CustomerRepository customers;
    private final CustomValueDefinitionService definitions;
    private final PhoneNumbers phones;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Patches patches;
    private final MailOutbox mails;
    private final CustomerTags tags;
    private final Clock clock = Clock.systemUTC();

    public CustomerService(CustomerRepository customers, CustomValueDefinitionService definitions,
                           PhoneNumbers phones, Outbox outbox, ObjectMapper mapper, Patches patches, MailOutbox mails,
                           CustomerTags tags) {
        this.customers = customers;
        this.definitions = definitions;
        this.phones = phones;
        this.outbox = outbox;
        this.mapper = mapper;
        this.patches = patches;
        this.mails = mails;
        this.tags = tags;
    }

    @WithTransaction
    public Uni<Customer> register(String tenantId, NewCustomer request) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.createdAt = OffsetDateTime.now(clock);
        return fill(customer, request)
                .call(customers::persist)
                .call(c -> outbox.append(tenantId, c.id, CustomerCreated.TYPE, new CustomerCreated(c.id)))
                .call(c -> outbox.append(tenantId, c.id, CustomerProfile.TYPE, profile(c)));
    }

    @WithSession
    public Uni<Customer> find(String tenantId, UUID id) {
        return customers.findOwned(tenantId, id);
    }

    /**
     * Applies a JSON merge patch (RFC 7386) to the customer and checks the result by the same rules as a new
     * customer: an absent field stays, a null clears, custom values merge key by key.
     */
    @WithTransaction
    public Uni<Customer> change(String tenantId, UUID id, ObjectNode patch) {
        return customers.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .chain(c -> {
                    if (c.isErased()) {
                        throw ProblemException.conflict("customer " + id + " was erased");
                    }
                    ObjectNode current = mapper.valueToTree(asNew(c));
                    current.set("customValues", mapper.valueToTree(c.customValues));
                    return fill(c, patches.applyTo(current, patch, NewCustomer.class));
                })
                .invoke(c -> c.updatedAt = OffsetDateTime.now(clock))
                .call(c -> outbox.append(tenantId, c.id, CustomerUpdated.TYPE, new CustomerUpdated(c.id)))
                .call(c -> outbox.append(tenantId, c.id, CustomerProfile.TYPE, profile(c)));
    }

    @WithSession
    public Uni<CustomerRepository.Page> page(String tenantId, CustomerRepository.Filter filter, Sort sort, int offset,
                                             int limit) {
        // e-mails are stored lower-cased
        CustomerRepository.Filter exact = new CustomerRepository.Filter(filter.registeredSince(),
                lowerCase(filter.email()), filter.personalIdentifier());
        return customers.page(tenantId, exact, sort, offset, limit);
    }

    @WithSession
    public Uni<List<Customer>> search(String tenantId, String query, int limit) {
        List<String> words = SearchKeys.words(query);
        if (words.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badField("q", "must contain a letter or digit"));
        }
        return customers.search(tenantId, query, words, limit);
    }

    /**
     * Erases the customer's personal data, here and on its way elsewhere: the row, the account with its tokens and
     * invitations, the merchant's own identifiers of the customer, the mails not sent yet, and
     * every profile still in the outbox, with a tombstone that empties the compacted profile topic of it. Erasing
     * twice is harmless and announces it once.
     */
    @WithTransaction
    public Uni<Void> erase(String tenantId, UUID id) {
        return customers.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .chain(c -> {
                    if (c.isErased()) {
                        return Uni.createFrom().voidItem();
                    }
                    c.erase(OffsetDateTime.now(clock));
                    return customers.getSession()
                            .chain(s -> s.createNativeQuery("DELETE FROM login_token WHERE customer_id = ?1")
                                    .setParameter(1, id).executeUpdate())
                            .chain(() -> customers.getSession())
                            .chain(s -> s.createNativeQuery("DELETE FROM customer_account WHERE customer_id = ?1")
                                    .setParameter(1, id).executeUpdate())
                            .chain(() -> customers.getSession())
                            .chain(s -> s.createNativeQuery("DELETE FROM external_id WHERE kind = 'customers' AND "
                                    + "object_id = ?1").setParameter(1, id).executeUpdate())
                            .chain(() -> mails.forget(id))
                            .chain(() -> outbox.tombstone(tenantId, id, CustomerProfile.TYPE.topic()))
                            .chain(() -> outbox.append(tenantId, id, CustomerErased.TYPE, new CustomerErased(id)));
                });
    }

    private static CustomerProfile profile(Customer c) {
        return new CustomerProfile(c.id, c.firstName, c.lastName, c.email, c.phone);
    }

    /** Sets every field from {@code request}, normalised and checked; custom values against their definitions. */
    private Uni<Customer> fill(Customer customer, NewCustomer request) {
        customer.firstName = request.firstName().strip();
        customer.lastName = request.lastName().strip();
        customer.email = lowerCase(request.email());
        customer.phone = phones.normalize("phone", request.phone(), request.phoneRegion());
        customer.personalIdentifier = request.personalIdentifier();
        customer.birthDate = request.birthDate();
        customer.note = request.note();
        customer.tags = tags(request.tags());
        return withCustomValues(customer, request.customValues())
                .call(() -> identifierFree(customer))
                .call(() -> tags.ensure(customer.tenantId, List.of(customer.tags)))
                .invoke(Customer::refreshSearchKeys);
    }

    private Uni<Customer> withCustomValues(Customer customer, Map<String, JsonNode> submitted) {
        return definitions.check(customer.tenantId, CustomValueScope.CUSTOMER, submitted).map(values -> {
            customer.customValues = values;
            return customer;
        });
    }

    private Uni<Void> identifierFree(Customer customer) {
        if (customer.personalIdentifier == null) {
            return Uni.createFrom().voidItem();
        }
        return customers.identifierTaken(customer.tenantId, customer.personalIdentifier, customer.id)
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(409, "Conflict", "personalIdentifier: is used by another customer",
                                List.of(new io.horae.kernel.problem.Problem.FieldError("personalIdentifier",
                                        "is used by another customer")));
                    }
                })
                .replaceWithVoid();
    }

    private static String[] tags(List<String> tags) {
        return tags == null ? new String[0] : tags.stream().map(String::strip).distinct().sorted().toArray(String[]::new);
    }

    private static String lowerCase(String email) {
        return Optional.ofNullable(email).map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).orElse(null);
    }

    /** The customer as clients read it. */
    static CustomerView view(Customer c) {
        return new CustomerView(c.id, c.firstName, c.lastName, c.email, c.phone, c.personalIdentifier, c.birthDate,
                c.note, List.of(c.tags), c.customValues, c.createdAt, c.updatedAt, c.erasedAt);
    }

    /** The customer's current state as a new customer, the base a merge patch applies to (custom values aside). */
    private static NewCustomer asNew(Customer c) {
        return new NewCustomer(c.firstName, c.lastName, c.email, c.phone, c.personalIdentifier, c.birthDate, c.note,
                List.of(c.tags), null, null);
    }
}
