package io.horae.booking.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One part of a booking, as its reservation claimed it: a service on a resource (or a class seat) at a time, or
 * {@code seats} pieces of a product at a start, named and priced as the product was when booked.
 */
public record BookingLine(UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start, OffsetDateTime end,
                          int seats, UUID productId, UUID locationId, String productName) {
    /** A booking's lines, as they are stored. */
    public record Lines(List<BookingLine> items) {
    }

    /** The lines as JSON text in their column; they are read and written with their booking only. */
    @Converter
    public static class AsJson implements AttributeConverter<Lines, String> {
        private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        @Override
        public String convertToDatabaseColumn(Lines lines) {
            try {
                return JSON.writeValueAsString(lines.items());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Lines convertToEntityAttribute(String json) {
            try {
                return new Lines(List.of(JSON.readValue(json, BookingLine[].class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("booking lines cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
