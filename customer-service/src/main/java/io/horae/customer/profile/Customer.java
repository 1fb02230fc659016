package io.horae.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A merchant's customer. Once erased, only its id and dates remain. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String phone;
    @Column(name = "personal_identifier")
    public String personalIdentifier;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String note;
    public String[] tags;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_values")
    public Map<String, Object> customValues;
    @Column(name = "search_key")
    public String searchKey;
    @Column(name = "name_key")
    public String nameKey;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Version
    public long version;

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Recomputes what the customer is found by; call after every change of a searchable field. */
    void refreshSearchKeys() {
        nameKey = SearchKeys.of(lastName, firstName);
        searchKey = SearchKeys.of(firstName, lastName, email, phone, personalIdentifier);
    }

    /** Erases every personal datum (GDPR art. 17) and keeps the id, so bookings and ledgers still refer to it. */
    void erase(OffsetDateTime now) {
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        personalIdentifier = null;
        birthDate = null;
        note = null;
        tags = new String[0];
        customValues = Map.of();
        searchKey = "";
        nameKey = "";
        erasedAt = now;
        updatedAt = now;
    }
}
