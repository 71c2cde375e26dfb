package com.refundpilot.logistics.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;

class FormBodyTest {

    private static final Set<String> SIGNED = Set.of("param", "sign");

    private static MockHttpServletRequest request(String body) {
        var request = new MockHttpServletRequest("POST", "/tracking/kuaidi100");
        request.setContentType("application/x-www-form-urlencoded");
        request.setCharacterEncoding("UTF-8");
        request.setContent(body.getBytes(StandardCharsets.US_ASCII));
        return request;
    }

    @Test
    void eachFieldIsDecodedOnceExactlyAsSent() {
        FormBody form = FormBody.read(request("param=%7B%22a%22%3A%22%E5%BF%AB+%2B%22%7D&sign=AB%3D%3D&x"), 1024,
                SIGNED);

        assertThat(form.field("param")).isEqualTo("{\"a\":\"快 +\"}");
        assertThat(form.field("sign")).isEqualTo("AB==");
        assertThat(form.field("x")).isEmpty();
        assertThat(form.field("missing")).isNull();
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeParsingWhetherOrNotItDeclaresItsLength() {
        var declared = request("param=" + "x".repeat(100));
        var chunked = new MockHttpServletRequest("POST", "/tracking/kuaidi100") {
            @Override
            public long getContentLengthLong() {
                return -1; // no Content-Length: only counting the bytes finds out
            }
        };
        chunked.setContent(("param=" + "x".repeat(100)).getBytes(StandardCharsets.US_ASCII));

        for (var request : new MockHttpServletRequest[] {declared, chunked}) {
            var refused = catchThrowableOfType(ErrorResponseException.class, () -> FormBody.read(request, 64, SIGNED));
            assertThat(refused.getStatusCode().value()).isEqualTo(413);
            assertThat(refused.getBody().getProperties()).containsEntry("field", "body");
        }
        assertThat(FormBody.read(request("param=" + "x".repeat(58)), 64, SIGNED).field("param")).hasSize(58);
    }

    @Test
    void aSignedFieldGivenTwiceIsRefusedRatherThanPickedFrom() {
        var refused = catchThrowableOfType(ErrorResponseException.class,
                () -> FormBody.read(request("param=a&sign=b&param=c"), 1024, SIGNED));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().getProperties()).containsEntry("field", "param");
    }

    @Test
    void badPercentEncodingNamesTheField() {
        var refused = catchThrowableOfType(ErrorResponseException.class,
                () -> FormBody.read(request("param=%7&sign=x"), 1024, SIGNED));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().getProperties()).containsEntry("field", "param");
    }

    @Test
    void aBodyTheContainerAlreadyParsedIsReadFromItsParameters() {
        var request = new MockHttpServletRequest("POST", "/tracking/kuaidi100");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("param", "{\"a\":1}");
        request.addParameter("sign", "S");

        FormBody form = FormBody.read(request, 1024, SIGNED);

        assertThat(form.field("param")).isEqualTo("{\"a\":1}");
        assertThat(form.field("sign")).isEqualTo("S");
    }

    @Test
    void fieldsInTheQueryStringAreNotTheSignedForm() {
        var request = new MockHttpServletRequest("POST", "/tracking/kuaidi100");
        request.setContentType("application/x-www-form-urlencoded");
        request.setQueryString("param=%7B%7D&sign=S");
        request.addParameter("param", "{}");
        request.addParameter("sign", "S");
        request.setContent(new byte[0]);

        FormBody form = FormBody.read(request, 1024, SIGNED);

        assertThat(form.field("param")).isNull();
        assertThat(form.field("sign")).isNull();
    }
}
