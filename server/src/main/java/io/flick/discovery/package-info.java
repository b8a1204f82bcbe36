/**
 * Discovery: search over videos, users, sounds and hashtags (one Lucene index, derived from other
 * modules' events and rebuilt from their APIs), type-ahead, recent searches, trending and hashtag
 * pages. Every result a caller gets has passed the owning module's visibility rule.
 */
@ApplicationModule(displayName = "Discovery")
package io.flick.discovery;

import org.springframework.modulith.ApplicationModule;
