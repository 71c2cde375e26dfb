package com.refundpilot.sandbox.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The client the sandbox pushes with (webhooks, tracking feeds). */
@Configuration(proxyBeanMethods = false)
public class OutboundHttpConfiguration {

    /** Short timeouts: a receiver that is down must not stall a scenario, the push is just recorded as failed. */
    @Bean
    public RestClient pushRestClient(RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(1_000);
        requestFactory.setReadTimeout(5_000);
        return builder.requestFactory(requestFactory).build();
    }
}
