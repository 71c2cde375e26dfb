package com.refundpilot.logistics.config;

import com.refundpilot.logistics.domain.StallSchedule;
import com.refundpilot.logistics.domain.WaybillCheck;
import com.refundpilot.logistics.domain.claim.ClaimPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CourierProperties.class, WatchProperties.class, ReturnProperties.class,
        ClaimProperties.class, FeedProperties.class})
public class LogisticsConfiguration {

    @Bean
    StallSchedule stallSchedule(WatchProperties watch) {
        return watch.stallThresholds() == null || watch.stallThresholds().isEmpty() ? StallSchedule.DEFAULT
                : new StallSchedule(watch.stallThresholds());
    }

    @Bean
    WaybillCheck waybillCheck(ReturnProperties returns) {
        return new WaybillCheck(returns.recheckAfter(), returns.retryAfter());
    }

    @Bean
    ClaimPolicy claimPolicy(ClaimProperties claims) {
        return new ClaimPolicy(claims.autoApproveUpToFen());
    }
}
