package io.flick.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.flick.platform.CurrentUser;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated API document: its cover page, and the API's own conventions applied to what
 * springdoc derives from the Java types, so that a client generated from {@code /v3/api-docs}
 * speaks the API as it is spoken: snake_case fields and path variables, JSON bodies, and the
 * problem+json document of every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The schema every error answer carries (RFC 9457 plus {@code code} and {@code errors}). */
    static final String PROBLEM_SCHEMA = "Problem";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    static {
        // The caller comes from the access token, never from the request's parameters.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI flickOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Flick API").version("v1")
                        .description("Short-video platform API. Fields are snake_case. Errors are RFC 9457 problem "
                                + "documents (application/problem+json) with a stable `code`.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Schemas named the way the application's own mapper names JSON properties. springdoc reads the
     * Java types with swagger-core's Jackson 2 mapper, which knows nothing of the application's Jackson 3
     * naming strategy ({@code spring.jackson.property-naming-strategy}); this resolver replaces
     * springdoc's default one and translates every name with that very strategy.
     */
    @Bean
    ModelResolver jsonNamedModelResolver(ObjectMapperProvider springdocMappers, JsonMapper applicationMapper) {
        var mapper = springdocMappers.jsonMapper().copy();
        PropertyNamingStrategy naming = applicationMapper.serializationConfig().getPropertyNamingStrategy();
        if (naming != null) {
            // Flick names a property the same way whatever its accessor (the Java name translated), as
            // the built-in strategies do: so the field form stands for all of them.
            mapper.setPropertyNamingStrategy(new com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase() {
                @Override
                public String translate(String name) {
                    return naming.nameForField(null, null, name);
                }
            });
        }
        return new ModelResolver(mapper).openapi31(springdocMappers.isOpenapi31());
    }

    /**
     * Path variables as the API names them ({@code /users/{user_id}}, whatever the Java parameter is
     * called), and the problem+json answer every operation may give instead of its success.
     */
    @Bean
    OpenApiCustomizer apiConventions() {
        return openApi -> {
            addProblemSchemas(openApi.getComponents());
            Paths renamed = new Paths();
            openApi.getPaths().forEach((template, item) -> {
                snakeCasePathParameters(item);
                binaryAsOctetStream(item);
                item.readOperations().forEach(operation -> operation.getResponses().addApiResponse("default",
                        new ApiResponse().description("An RFC 9457 problem: why the request failed, with a stable `code`.")
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))))));
                renamed.addPathItem(snakeCasePath(template), item);
            });
            openApi.setPaths(renamed);
        };
    }

    private static void addProblemSchemas(Components components) {
        Map<String, Schema> schemas = new LinkedHashMap<>(ModelConverters.getInstance(true).readAll(ProblemBody.class));
        Schema<?> problem = schemas.remove(ProblemBody.class.getSimpleName());
        // detail, instance and errors are left out when empty (ProblemBody is NON_NULL).
        problem.setRequired(List.of("type", "title", "status", "code"));
        schemas.forEach(components::addSchemas);
        components.addSchemas(PROBLEM_SCHEMA, problem);
    }

    /** Media files (segments, images) are bytes, not JSON, whatever the default media type says. */
    private static void binaryAsOctetStream(PathItem item) {
        item.readOperations().forEach(operation -> operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            MediaType json = content == null ? null : content.get("application/json");
            if (json != null && json.getSchema() != null && "binary".equals(json.getSchema().getFormat())) {
                content.remove("application/json");
                content.addMediaType("application/octet-stream", json);
            }
        }));
    }

    private static void snakeCasePathParameters(PathItem item) {
        item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> "path".equals(parameter.getIn()))
                        .forEach(parameter -> parameter.setName(JsonNames.of(parameter.getName())));
            }
        });
    }

    private static String snakeCasePath(String template) {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("{" + JsonNames.of(matcher.group(1)) + "}"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
