package io.flick.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Replaces Tomcat's HTML error page for requests Tomcat refuses before any application code runs
 * (a path that climbs above the root, an invalid URI), so even those answers are problem+json.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = status == 404 ? "not_found" : status >= 500 ? "internal_error" : "malformed_request";
        String title = status == 404 ? "Not found" : status >= 500 ? "Internal error" : "Malformed request";
        String body = "{\"type\":\"/problems/" + code.replace('_', '-') + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing left to tell it
        }
    }
}
