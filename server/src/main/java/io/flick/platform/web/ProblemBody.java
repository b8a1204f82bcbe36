package io.flick.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.flick.shared.FieldError;
import io.flick.shared.ProblemCode;

/** The RFC 9457 document every error response carries, plus Flick's machine {@code code} and field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemBody(String type, String title, int status, String detail, String instance, String code,
                   List<FieldError> errors) {

    static ProblemBody of(ProblemCode problem, String detail, String instance, List<FieldError> errors) {
        return new ProblemBody(problem.type(), problem.title(), problem.status(), detail, instance, problem.code(),
                errors == null || errors.isEmpty() ? null : errors);
    }
}
