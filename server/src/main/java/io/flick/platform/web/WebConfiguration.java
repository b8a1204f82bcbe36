package io.flick.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.DeserializationFeature;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Request bodies may name only fields the API knows: a misspelt or invented field ({@code displayName}
     * for {@code display_name}) is a 400 naming it, never a 200 that silently ignored it ({@link UnknownFields}
     * names them all). Only the HTTP converter is strict; the application's own mapper (events, stored JSON)
     * keeps reading leniently.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.replaceAll(converter ->
                converter instanceof JacksonJsonHttpMessageConverter json ? new JacksonJsonHttpMessageConverter(
                        json.getMapper().rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                .addHandler(UnknownFields.COLLECTOR).build())
                        : converter));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }
}
