package com.refundpilot.platform;

import com.refundpilot.kit.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** platform-adapter: signed platform webhooks in, canonical events out; merchant actions back to the platforms. */
@SpringBootApplication
public class PlatformAdapterApplication {

    public static void main(String[] args) {
        ServiceApplications.builder(PlatformAdapterApplication.class, "platform-adapter").run(args);
    }
}
