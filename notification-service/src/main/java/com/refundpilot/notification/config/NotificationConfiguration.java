package com.refundpilot.notification.config;

import com.refundpilot.notification.application.TaskProperties;
import com.refundpilot.notification.application.report.ReportProperties;
import com.refundpilot.notification.domain.BuyerMessageCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The 话术 catalogue, from {@code refundpilot.templates.location} (the built-in texts by default; a merchant
 * can point it at their own file), the task settings and the report settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TaskProperties.class, ReportProperties.class})
public class NotificationConfiguration {

    public static final String DEFAULT_TEMPLATES = "classpath:templates/buyer-messages.yml";

    @Bean
    BuyerMessageCatalog buyerMessageCatalog(ResourceLoader resources,
            @Value("${refundpilot.templates.location:" + DEFAULT_TEMPLATES + "}") String location) {
        return BuyerMessageTemplatesFile.load(resources.getResource(location));
    }
}
