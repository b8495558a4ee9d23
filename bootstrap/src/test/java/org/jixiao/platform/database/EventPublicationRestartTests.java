package org.jixiao.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.jixiao.JixiaoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jixiao.fixtures.events.EventFixtures;
import jixiao.fixtures.events.EventFixtures.Listener;
import jixiao.fixtures.events.EventFixtures.Publisher;

/**
 * An event published by one stage and consumed by another survives a restart between the two: the publication is
 * stored with the publishing transaction and resubmitted when the service starts again.
 */
class EventPublicationRestartTests {

    @Test
    void anEventSurvivesARestartBetweenPublisherAndListener() {
        String code = "P-" + UUID.randomUUID();

        try (ConfigurableApplicationContext first = start(true)) {
            first.getBean(Publisher.class).conclude(code);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(publication(jdbc, code, "completion_attempts")).isEqualTo("1"));
            assertThat(publication(jdbc, code, "completion_date")).isNull();
        }
        assertThat(Listener.RECEIVED).noneMatch(event -> event.code().equals(code));

        try (ConfigurableApplicationContext second = start(false)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(Listener.RECEIVED).anyMatch(event -> event.code().equals(code));
                assertThat(publication(jdbc, code, "completion_date")).isNotNull();
            });
        }
    }

    private static String publication(JdbcClient jdbc, String code, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM platform.event_publication WHERE serialized_event LIKE ?")
                .param("%" + code + "%").query(String.class).optional().orElse(null);
    }

    private static ConfigurableApplicationContext start(boolean listenerFails) {
        return new SpringApplicationBuilder(JixiaoApplication.class, EventFixtures.class)
                .properties("fixture.listener.fail=" + listenerFails, "server.port=0")
                .run();
    }
}
