package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopSignerTest {

    private static Map<String, String> knownParams() {
        Map<String, String> params = new HashMap<>();
        params.put("method", "taobao.refund.get");
        params.put("app_key", "sandbox-app");
        params.put("session", "shop-1");
        params.put("timestamp", "2026-11-11 10:00:00");
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "md5");
        params.put("refund_id", "R1");
        params.put("fields", ""); // empty values take no part in the signature
        return params;
    }

    @Test
    void signsKnownParametersAsTopDoes() {
        // Expected value computed outside Java:
        // printf '%s' 'sandbox-secretapp_keysandbox-appformatjsonmethodtaobao.refund.getrefund_idR1
        //   sessionshop-1sign_methodmd5timestamp2026-11-11 10:00:00v2.0sandbox-secret' | md5sum
        assertThat(TopSigner.sign("sandbox-secret", knownParams())).isEqualTo("D136108C874D613F01F808C33BAB68C6");
    }

    @Test
    void verifiesTheRightSignatureWhateverItsCase() {
        Map<String, String> params = knownParams();
        params.put("sign", "D136108C874D613F01F808C33BAB68C6");
        assertThat(TopSigner.verify("sandbox-secret", params)).isTrue();
        params.put("sign", "d136108c874d613f01f808c33bab68c6");
        assertThat(TopSigner.verify("sandbox-secret", params)).isTrue();
    }

    @Test
    void rejectsTamperedParametersWrongSecretAndMissingSign() {
        Map<String, String> params = knownParams();
        params.put("sign", "D136108C874D613F01F808C33BAB68C6");
        params.put("refund_id", "R2");
        assertThat(TopSigner.verify("sandbox-secret", params)).isFalse();

        Map<String, String> untouched = knownParams();
        untouched.put("sign", "D136108C874D613F01F808C33BAB68C6");
        assertThat(TopSigner.verify("other-secret", untouched)).isFalse();

        assertThat(TopSigner.verify("sandbox-secret", knownParams())).isFalse();
    }
}
