package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jixiao.AccessHarness;
import org.jixiao.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad bytes against the real Tomcat, written on a raw socket exactly as an attacker sends them: every answer is a
 * problem detail naming what is wrong, never a 500, a container page or Boot's default error JSON.
 */
class HttpHygieneTests extends PlatformTest {

    record Answer(int status, String contentType, String body) {
    }

    private Answer send(String method, String target, String authorization, String headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            request.append(headers);
            if (body != null && !headers.contains("Transfer-Encoding")) {
                if (!headers.contains("Content-Type")) {
                    request.append("Content-Type: application/json\r\n");
                }
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    /** Status line, headers, and the body as long as {@code Content-Length} says (the server may keep the line open). */
    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headers.substring(9, 12));
        String contentType = header(headers, "content-type");
        String length = header(headers, "content-length");
        byte[] body = length.isEmpty() ? in.readAllBytes()
                : in.readNBytes(Integer.parseInt(length.substring(length.indexOf(':') + 1).strip()));
        return new Answer(status, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static String header(String headers, String name) {
        return headers.lines().filter(line -> line.toLowerCase().startsWith(name + ":")).findFirst().orElse("");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:jixiao:problem:" + type + "\"");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/enums?x=%FF, x", "/api/v1/org-units?parentCode=%ED%A0%80, parentCode",
            "/api/v1/targets?unitCode=%C0%AF, unitCode", "/api/v1/assessments?fiscalYear=20%2, fiscalYear",
            "/api/v1/public/targets?regionCode=%00, regionCode", "/actuator/health?probe=%FF, probe",
            "/api/v1/targets?%FF=1, query"})
    void badPercentEncodingAndNulInTheQueryAreA400NamingTheParameter(String target, String parameter)
            throws IOException {
        for (String authorization : new String[] {null, basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD)}) {
            Answer answer = send("GET", target, authorization, "", null);
            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body()).contains("\"field\":\"" + parameter + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/org-units;jsessionid=1/650121", "/api/v1/org-units/%25", "/api/v1/org-units/a%2Fb",
            "/api/v1/org-units/%2e%2e/x"})
    void aUrlTheFirewallRefusesIsA400Problem(String target) throws IOException {
        assertProblem(send("GET", target, basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD), "", null),
                400, "invalid-input");
    }

    @Test
    void errorAskedForDirectlyIsAPathThatDoesNotExist() throws IOException {
        assertProblem(send("GET", "/error", null, "", null), 404, "not-found");
        assertProblem(send("POST", "/error", null, "", new byte[0]), 404, "not-found");
    }

    @Test
    void aNulOrAnOddByteInTheBasicUsernameIsA401() throws IOException {
        for (String username : new String[] {"adm\u0000in", "admin\u0000", "\ud800", "a".repeat(1000)}) {
            Answer answer = send("GET", "/api/v1/enums", basic(username, "x"), "", null);
            assertProblem(answer, 401, "unauthorized");
        }
    }

    @Test
    void whatTomcatRefusesItselfIsAProblemDetailToo() throws IOException {
        assertProblem(send("GET", "/api/v1/enums", basic("a".repeat(20_000), "x"), "", null), 400, "invalid-input");
        assertProblem(send("GET", "/api/v1/org-units/a%2Fb", null, "", null), 400, "invalid-input");
    }

    @Test
    void aStreamedBodyAboveTheLimitIsA413() throws IOException {
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) { // 2.5 MB of whitespace in 64 KB chunks, no Content-Length
            framed.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            framed.write(chunk);
            framed.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        framed.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Answer answer = send("POST", "/test/problems", basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD),
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", framed.toByteArray());
        assertProblem(answer, 413, "payload-too-large");
    }

    @Test
    void anAnnouncedBodyAboveTheLimitIsRefusedBeforeItIsSent() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/org-units HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD)
                    + "\r\nContent-Type: application/json\r\nContent-Length: 30000000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Answer answer = parse(socket.getInputStream());
            assertProblem(answer, 413, "payload-too-large");
        }
    }

    @Test
    void overlongUtf8InAJsonBodyIsA400NotSilentlyDecoded() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"name\": \"a".getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[] {(byte) 0xC0, (byte) 0xAF}); // "/" written overlong
        body.write("b\", \"colour\": \"RED\", \"amount\": 1, \"count\": 3}".getBytes(StandardCharsets.US_ASCII));
        Answer answer = send("POST", "/test/problems", basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD), "",
                body.toByteArray());
        assertProblem(answer, 400, "invalid-input");
        assertThat(answer.body()).contains("\"field\":\"body\"");
    }

    @Test
    void aMultipartBodyIsNotParsed() throws IOException {
        Answer answer = send("GET", "/api/v1/public/targets?fiscalYear=2020&regionCode=650121", null,
                "Content-Type: multipart/form-data; boundary=b\r\n", "--b\r\n\r\n--b--".getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void tomcatsOwnRefusalsCarryTheSecurityHeaders() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/org-units/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(raw).contains("Content-Security-Policy: default-src 'none'").contains("X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void aFormBodyIsRefusedBeforeTheContainerParsesIt() throws IOException {
        Answer answer = send("POST", "/api/v1/org-units", basic(AccessHarness.ADMIN, AccessHarness.ADMIN_PASSWORD),
                "Content-Type: application/x-www-form-urlencoded\r\n", "a=%FF".getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void anUnknownApiDocumentGroupIsA404() throws IOException {
        assertProblem(send("GET", "/v3/api-docs/bogus", null, "", null), 404, "not-found");
    }

    @Test
    void refusalsBeforeSpringSecurityCarryTheSecurityHeadersToo() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/org-units?parentCode=%FF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(raw).startsWith("HTTP/1.1 400").contains("Content-Security-Policy: default-src 'none'")
                    .contains("X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void aCleanRequestStillWorks() throws IOException {
        Answer answer = send("GET", "/api/v1/org-units/650121?x=%E4%B8%AD", basic(AccessHarness.ADMIN,
                AccessHarness.ADMIN_PASSWORD), "", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"code\":\"650121\"");
    }
}
