package com.refundpilot.logistics.config;

import com.refundpilot.logistics.domain.StallSchedule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CourierProperties.class, WatchProperties.class})
public class LogisticsConfiguration {

    @Bean
    StallSchedule stallSchedule(WatchProperties watch) {
        return watch.stallThresholds() == null || watch.stallThresholds().isEmpty() ? StallSchedule.DEFAULT
                : new StallSchedule(watch.stallThresholds());
    }
}
