package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A subscription to the {@code eventTypes} (such as {@code booking.cancelled.v1}), delivered to {@code url}. */
@RegisterForReflection
public record NewWebhookSubscription(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z]+(\\.[a-z_]+)+\\.v[0-9]+",
                message = "must be an event type such as booking.cancelled.v1") String> eventTypes) {
}
