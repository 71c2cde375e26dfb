package com.refundpilot.sandbox.platform.wechat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The shop's address book (merchant/address/add): acceptapply names a return address by its {@code address_id}. */
@Component
class WechatAddressBook {

    /** One return address: where the goods go back to and who receives them. */
    record Address(String province, String city, String county, String detail, String name, String phone) {
    }

    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(9000);

    String add(Address address) {
        String id = Long.toString(ids.incrementAndGet());
        addresses.put(id, address);
        return id;
    }

    Optional<Address> find(String id) {
        return Optional.ofNullable(addresses.get(id));
    }
}
