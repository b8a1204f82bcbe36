package io.flick.account.messaging;

/**
 * The port through which accounts reach people: verification codes and security notices. Called
 * from event listeners, never from a request thread, because delivery is a remote call.
 */
public interface MessageSender {

    void send(OutgoingMessage message);
}
