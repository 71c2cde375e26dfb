package com.refundpilot.platform.config;

import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.application.port.PlatformApis;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TaobaoProperties.class, TaobaoReconcileProperties.class, GenericProperties.class,
        GenericReconcileProperties.class, DeliveryRetryProperties.class, JdProperties.class,
        PinduoduoProperties.class, WechatChannelsProperties.class, DouyinProperties.class,
        PinduoduoReconcileProperties.class, JdReconcileProperties.class, DouyinReconcileProperties.class,
        WechatReconcileProperties.class})
public class PlatformAdapterConfiguration {

    /** Every platform's open API bean, by the platforms it serves; a platform without one fails the start. */
    @Bean
    PlatformApis platformApis(List<PlatformApi> apis) {
        return PlatformApis.covering(apis);
    }

    /** What the adapter announces and carries out on each platform. */
    @Bean
    PlatformCapabilities platformCapabilities(TaobaoProperties taobao, GenericProperties generic,
            PinduoduoProperties pinduoduo, DouyinProperties douyin, WechatChannelsProperties wechat, JdProperties jd) {
        return PlatformCapabilities.of(taobao, generic, pinduoduo, douyin, wechat, jd);
    }
}
