/**
 * The web client's pages as the server delivers them: the single-page app's shell for every client
 * route, long-cached static assets, and shared video links ({@code /v/{video_id}}) whose HTML carries
 * Open Graph tags so that a link previews in chats and social apps. The client itself is built by
 * the {@code web} Maven module and arrives on the classpath under {@code META-INF/resources}.
 */
@ApplicationModule(displayName = "Site")
package io.flick.site;

import org.springframework.modulith.ApplicationModule;
