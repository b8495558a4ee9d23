package org.jixiao;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context the web and integration tests of bootstrap share: the whole application on a real,
 * fresh PostgreSQL (see {@code jixiao.testsupport.TestDatabase}), with the {@link AccessHarness} fixture tree and
 * accounts. Extend it rather than declaring another context: each new one costs seconds. {@link #mvc} calls the
 * application in-process; {@link #port} is the real Tomcat of the same context, for what only a real server shows
 * (raw bytes in a URL, streamed bodies, the container's own error handling). Every MockMvc answer of an API
 * operation is held to the OpenAPI document ({@link EveryAnswerIsDocumented}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({EveryAnswerIsDocumented.class, RecordedStatements.class})
public abstract class PlatformTest {

    @Autowired
    protected MockMvc mvc;

    @LocalServerPort
    protected int port;

    protected AccessHarness access;

    @BeforeEach
    void access() throws Exception {
        access = AccessHarness.ready(mvc);
    }
}
