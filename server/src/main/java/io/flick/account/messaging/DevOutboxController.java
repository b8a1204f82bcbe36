package io.flick.account.messaging;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the development outbox. Exists only when {@link DevOutbox} is the message sender. */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class DevOutboxController {

    private final DevOutbox outbox;

    DevOutboxController(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/dev/outbox")
    Messages messages(@RequestParam(required = false) String to) {
        return new Messages(outbox.to(to));
    }

    record Messages(List<DevOutbox.Delivered> messages) {
    }
}
