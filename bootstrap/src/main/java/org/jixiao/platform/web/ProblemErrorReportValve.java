package org.jixiao.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jixiao.platform.ProblemResponses;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word, for what it refuses before the application runs (a header too large, an encoded slash, a
 * malformed request line): a problem detail like every other answer, instead of its HTML page. Nothing about the
 * server or the request is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "请求无效 (Bad Request)",
            404, "资源不存在 (Not Found)",
            405, "不支持的请求方法 (Method Not Allowed)",
            413, "请求体过大 (Content Too Large)",
            414, "请求地址过长 (URI Too Long)",
            431, "请求头过大 (Request Header Fields Too Large)",
            500, "服务器内部错误 (Internal Server Error)",
            503, "服务暂不可用 (Service Unavailable)");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String kind = known == null ? "error" : PlatformErrorController.kindOf(known);
        String title = TITLES.getOrDefault(status, known == null ? "请求失败 (Error)" : known.getReasonPhrase());
        String body = "{\"type\":\"urn:jixiao:problem:" + kind + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + title + "\"}";
        try {
            ProblemResponses.SECURITY_HEADERS.forEach(response::setHeader);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }
}
