package com.refundpilot.logistics.domain.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Vectors computed outside Java (Python hashlib/base64) from the couriers' formulas. */
class FeedSignatureTest {

    private static final String PARAM = "{\"status\":\"polling\",\"lastResult\":{\"nu\":\"ZT1\",\"state\":\"3\"}}";
    private static final String REQUEST_DATA = "{\"EBusinessID\":\"1000001\",\"Data\":[]}";

    @Test
    void kuaidi100SignsUpperCaseHexMd5OfParamAndSalt() {
        var signature = FeedSignature.kuaidi100("salt-1");

        assertThat(signature.sign(PARAM)).isEqualTo("365FF67FA7FD4C8CEE104F82C0DB1FCD");
        assertThat(signature.verify(PARAM, "365FF67FA7FD4C8CEE104F82C0DB1FCD")).isTrue();
        assertThat(FeedSignature.kuaidi100("盐").sign("快递")).isEqualTo("157CB575F5F836878719FE49499BB757");
    }

    @Test
    void kdniaoSignsBase64OfTheLowerCaseHexDigestAndTheDecodedFieldIsCompared() {
        var signature = FeedSignature.kdniao("key-1");

        // md5hex = 29eba1d5f34a2d14136519d7b9dbbac4; on the wire: MjllYmExZDVmMzRhMmQxNDEzNjUxOWQ3YjlkYmJhYzQ%3D
        assertThat(signature.sign(REQUEST_DATA)).isEqualTo("MjllYmExZDVmMzRhMmQxNDEzNjUxOWQ3YjlkYmJhYzQ=");
        assertThat(signature.verify(REQUEST_DATA, "MjllYmExZDVmMzRhMmQxNDEzNjUxOWQ3YjlkYmJhYzQ=")).isTrue();
        assertThat(signature.verify(REQUEST_DATA, "MjllYmExZDVmMzRhMmQxNDEzNjUxOWQ3YjlkYmJhYzQ%3D"))
                .as("still url-encoded: the field was not form-decoded").isFalse();
    }

    @Test
    void anythingButTheExactTextAndKeyIsRefused() {
        var signature = FeedSignature.kuaidi100("salt-1");
        String sign = signature.sign(PARAM);

        assertThat(signature.verify(PARAM + " ", sign)).as("re-serialised or padded text").isFalse();
        assertThat(signature.verify(PARAM, sign.toLowerCase())).isFalse();
        assertThat(FeedSignature.kuaidi100("salt-2").verify(PARAM, sign)).as("another salt").isFalse();
        assertThat(FeedSignature.kdniao("salt-1").verify(PARAM, sign)).as("the other scheme").isFalse();
        assertThat(signature.verify(PARAM, null)).isFalse();
        assertThat(signature.verify(null, sign)).isFalse();
    }

    @Test
    void anEmptyKeyIsRefusedBecauseAnyoneCouldSign() {
        assertThatThrownBy(() -> FeedSignature.kuaidi100("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedSignature.kdniao(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
