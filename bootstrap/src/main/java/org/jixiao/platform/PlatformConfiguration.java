package org.jixiao.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Platform-wide beans. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Dates are calendar days in Asia/Shanghai (DOMAIN.md "Money and numbers"). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
