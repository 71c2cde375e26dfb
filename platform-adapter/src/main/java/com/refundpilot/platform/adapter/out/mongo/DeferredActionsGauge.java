package com.refundpilot.platform.adapter.out.mongo;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** How many platform actions wait for their next try right now (an outage shows as this rising, then falling). */
@Component
class DeferredActionsGauge {

    DeferredActionsGauge(MongoTemplate mongo, MeterRegistry registry) {
        Query deferred = new Query(Criteria.where("state").is(PlatformActionDocument.State.DEFERRED));
        Gauge.builder("refundpilot.platform.actions.pending", mongo,
                        m -> m.count(deferred, PlatformActionDocument.class))
                .description("platform actions deferred because the platform was unavailable, waiting to be retried")
                .register(registry);
    }
}
