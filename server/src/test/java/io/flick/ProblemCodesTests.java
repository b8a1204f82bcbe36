package io.flick;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.flick.shared.ProblemCode;

/**
 * Error codes belong to the module that raises them: every module declares its own enum of
 * {@link ProblemCode}s, and together they must still say exactly what one shared list said, since
 * codes, statuses and titles are on the wire (problem+json {@code code}, {@code status},
 * {@code title}, {@code type}) and clients key on them.
 */
class ProblemCodesTests {

    /**
     * Every code the API answered before the codes moved into their modules: code, status, title.
     * New codes may be added; none of these may change or disappear.
     */
    private static final List<String> ON_THE_WIRE = List.of(
            "validation_failed 400 Invalid request",
            "malformed_request 400 Malformed request",
            "invalid_cursor 400 Invalid cursor",
            "unauthenticated 401 Authentication required",
            "invalid_token 401 Invalid or expired token",
            "invalid_credentials 401 Invalid credentials",
            "invalid_refresh_token 401 Invalid refresh token",
            "refresh_token_reused 401 Refresh token reused",
            "account_not_verified 403 Account not verified",
            "forbidden 403 Forbidden",
            "not_found 404 Not found",
            "user_not_found 404 User not found",
            "method_not_allowed 405 Method not allowed",
            "not_acceptable 406 Not acceptable",
            "username_taken 409 Username taken",
            "conflict 409 Conflict",
            "payload_too_large 413 Payload too large",
            "unsupported_media_type 415 Unsupported media type",
            "invalid_verification_code 400 Invalid verification code",
            "verification_code_expired 400 Verification code expired",
            "not_an_image 400 Not an image",
            "cannot_block_self 400 Cannot block yourself",
            "upload_not_found 404 Upload not found",
            "upload_expired 410 Upload expired",
            "upload_url_invalid 403 Upload URL invalid",
            "upload_url_used 409 Upload URL already used",
            "upload_incomplete 409 Upload incomplete",
            "upload_offset_mismatch 409 Upload offset mismatch",
            "upload_too_large 413 Upload too large",
            "checksum_mismatch 460 Checksum mismatch",
            "tus_version_unsupported 412 Unsupported tus version",
            "video_not_found 404 Video not found",
            "sound_not_found 404 Sound not found",
            "media_url_invalid 403 Media URL invalid or expired",
            "comment_not_found 404 Comment not found",
            "comments_disabled 403 Comments disabled",
            "rate_limited 429 Too many requests",
            "too_many_open_uploads 429 Too many unfinished uploads",
            "upload_quota_exceeded 429 Upload quota exceeded",
            "internal_error 500 Internal error",
            "service_unavailable 503 Service unavailable"
);

    private static final List<Class<?>> ENUMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.flick").stream()
            .filter(type -> type.isEnum() && type.isAssignableTo(ProblemCode.class))
            .map(JavaClass::reflect)
            .collect(Collectors.toList());

    private static List<ProblemCode> every() {
        return ENUMS.stream().flatMap(type -> Arrays.stream(type.getEnumConstants())).map(ProblemCode.class::cast).toList();
    }

    @Test
    void eachModuleDeclaresItsOwnCodes() {
        assertThat(ENUMS).extracting(Class::getName).contains("io.flick.shared.Problem", "io.flick.account.AccountProblem",
                "io.flick.media.MediaProblem", "io.flick.sound.SoundProblem", "io.flick.video.VideoProblem",
                "io.flick.engagement.EngagementProblem");
    }

    @Test
    void noTwoModulesDeclareTheSameCode() {
        Map<String, List<String>> declaredBy = every().stream().collect(Collectors.groupingBy(ProblemCode::code,
                Collectors.mapping(code -> code.getClass().getName() + "." + code.name(), Collectors.toList())));
        assertThat(declaredBy.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::toString))
                .as("codes declared more than once").isEmpty();
    }

    @Test
    void everyCodeHasAnErrorStatusATitleAndAType() {
        assertThat(every()).allSatisfy(code -> {
            assertThat(code.status()).as(code.code()).isBetween(400, 599);
            assertThat(code.title()).as(code.code()).isNotBlank();
            assertThat(code.code()).as(code.code()).matches("[a-z][a-z_]*");
            assertThat(code.type()).isEqualTo("/problems/" + code.code().replace('_', '-'));
        });
    }

    @Test
    void everyCodeOfTheFormerSharedListIsStillAnsweredWithItsStatusAndTitle() {
        assertThat(every().stream().map(code -> code.code() + " " + code.status() + " " + code.title()))
                .containsAll(ON_THE_WIRE);
    }
}
