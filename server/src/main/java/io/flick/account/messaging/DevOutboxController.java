package io.flick.account.messaging;

import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.shared.FlickException;

/**
 * Reads the development outbox, one recipient at a time (never a list of everyone's codes, addresses
 * and numbers). Exists only when {@link DevOutbox} is the message sender.
 */
@RestController
@Conditional(DevOutboxEnabled.class)
class DevOutboxController {

    private final DevOutbox outbox;

    DevOutboxController(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/dev/outbox")
    Messages messages(@RequestParam(required = false) String to) {
        if (to == null || to.isBlank()) {
            throw FlickException.invalidField("to", "required", "name the address or phone number to read messages for");
        }
        return new Messages(outbox.to(to.strip()));
    }

    record Messages(List<DevOutbox.Delivered> messages) {
    }
}
