package io.horae.customer.profile;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.horae.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Phone numbers as E.164 ("+420601123456"); a number without a country code is read in the region the request
 * names ({@code phoneRegion}), else in the platform's default region.
 */
@ApplicationScoped
public class PhoneNumbers {
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(@ConfigProperty(name = "horae.customer.default-phone-region", defaultValue = "CZ")
                        String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The E.164 form, or null for null; a number that is not valid is a 400 naming {@code field}. */
    public String normalize(String field, String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = util.parse(raw, region != null ? region : defaultRegion);
            if (!util.isValidNumber(number)) {
                throw ProblemException.badField(field, "is not a valid phone number");
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw ProblemException.badField(field, "is not a phone number");
        }
    }
}
