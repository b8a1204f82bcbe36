package io.flick.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/** Uploads files the way a client does: init, then one PUT to the signed URL (or tus), then complete. */
public final class Uploads {

    private final Api api;

    public Uploads(Api api) {
        this.api = api;
    }

    public Ticket init(Accounts.Login user, long size) {
        var response = api.post("/api/v1/videos/upload/init", Map.of("file_size", size, "video_duration", 3,
                "video_metadata", Map.of("width", 180, "height", 320, "fps", 15)), user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Ticket(response.text("upload_id"), response.text("upload_url"), response.text("resumable_url"));
    }

    public Api.Response put(Ticket ticket, byte[] content) {
        return api.exchange("PUT", ticket.uploadUrl(), null, Map.of("Content-Type", "application/octet-stream"), content);
    }

    /** Init, PUT, complete; returns the complete response. */
    public Api.Response publish(Accounts.Login user, byte[] content, Map<String, Object> details) {
        Ticket ticket = init(user, content.length);
        var put = put(ticket, content);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        return complete(user, ticket.uploadId(), details);
    }

    public Api.Response complete(Accounts.Login user, String uploadId, Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>(details);
        body.put("upload_id", uploadId);
        return api.post("/api/v1/videos/upload/complete", body, user.accessToken());
    }

    public record Ticket(String uploadId, String uploadUrl, String resumableUrl) {
    }
}
