package io.flick.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxAuthBody largest request body accepted under {@code /api/v1/auth/} (log in, sign up,
 *                    refresh), where anyone may send one
 * @param maxBody     largest request body accepted anywhere else, except the upload routes, which keep
 *                    their own limits (the size declared at upload init, the avatar's multipart limit)
 */
@ConfigurationProperties("flick.web")
record WebSettings(@DefaultValue("8KB") DataSize maxAuthBody, @DefaultValue("64KB") DataSize maxBody) {
}
