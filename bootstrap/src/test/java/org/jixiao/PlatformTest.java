package org.jixiao;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context the web and integration tests of bootstrap share: the whole application on a real,
 * fresh PostgreSQL (see {@code jixiao.testsupport.TestDatabase}). Extend it rather than declaring another
 * context: each new one costs seconds.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PlatformTest {

    @Autowired
    protected MockMvc mvc;
}
