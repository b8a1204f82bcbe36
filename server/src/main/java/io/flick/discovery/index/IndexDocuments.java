package io.flick.discovery.index;

import java.time.Instant;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import io.flick.account.UserSummary;
import io.flick.sound.SoundListing;
import io.flick.video.Privacy;
import io.flick.video.PublishedVideo;
import io.flick.video.VideoStats;

/**
 * The index's documents, made from what the owning modules answer. Only what search needs is kept:
 * the words to match, the terms to filter by (owner, privacy) and the figures to rank by. Answers are
 * made from the owning modules at query time, so nothing shown to anyone is read from here.
 */
public final class IndexDocuments {

    private IndexDocuments() {
    }

    /**
     * @param owner the video's creator, null when unknown (the names are then not searchable)
     * @param soundName null when the video has no sound
     */
    public static Document video(PublishedVideo video, UserSummary owner, String soundName, VideoStats.Counts counts,
                                 long generation) {
        Document doc = base(Fields.VIDEO, video.id().value(), generation);
        doc.add(new StringField(Fields.OWNER, Long.toString(video.owner().value()), Field.Store.NO));
        doc.add(new StringField(Fields.PRIVACY, video.privacy().code(), Field.Store.NO));
        text(doc, Fields.CAPTION, video.caption());
        boolean seenByAnyone = video.privacy() == Privacy.PUBLIC && owner != null && !owner.isPrivate();
        for (String tag : video.hashtags()) {
            text(doc, Fields.HASHTAGS, tag);
            if (seenByAnyone) {
                doc.add(new StringField(Fields.PUBLIC_TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        text(doc, Fields.SOUND_NAME, soundName);
        if (owner != null) {
            text(doc, Fields.USERNAME, owner.username());
            text(doc, Fields.DISPLAY_NAME, owner.displayName());
        }
        doc.add(new NumericDocValuesField(Fields.LIKES, counts.likes()));
        doc.add(new NumericDocValuesField(Fields.VIEWS, counts.views()));
        Instant published = video.publishedAt() == null ? Instant.EPOCH : video.publishedAt();
        doc.add(new NumericDocValuesField(Fields.PUBLISHED, published.toEpochMilli()));
        return doc;
    }

    public static Document user(UserSummary user, long generation) {
        Document doc = base(Fields.USER, user.userId().value(), generation);
        // A user "owns" their own document, so the one filter on owners hides blocked people everywhere.
        doc.add(new StringField(Fields.OWNER, Long.toString(user.userId().value()), Field.Store.NO));
        text(doc, Fields.USERNAME, user.username());
        text(doc, Fields.DISPLAY_NAME, user.displayName());
        doc.add(new NumericDocValuesField(Fields.POPULARITY, user.followerCount()));
        return doc;
    }

    public static Document sound(SoundListing sound, long generation) {
        Document doc = base(Fields.SOUND, sound.soundId().value(), generation);
        doc.add(new StringField(Fields.OWNER, Long.toString(sound.owner().value()), Field.Store.NO));
        text(doc, Fields.SOUND_NAME, sound.name());
        doc.add(new NumericDocValuesField(Fields.POPULARITY, sound.usageCount()));
        return doc;
    }

    private static Document base(String kind, long id, long generation) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, Fields.key(kind, id), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        doc.add(new StoredField(Fields.ID, id));
        doc.add(new StringField(Fields.GENERATION, Long.toString(generation), Field.Store.NO));
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
