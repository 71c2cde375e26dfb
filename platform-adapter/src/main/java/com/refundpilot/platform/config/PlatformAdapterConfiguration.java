package com.refundpilot.platform.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TaobaoProperties.class, TaobaoReconcileProperties.class})
public class PlatformAdapterConfiguration {
}
