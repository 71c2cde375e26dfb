package com.refundpilot.sandbox;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client against the running sandbox that never throws on 4xx: tests look at everything. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public record Answer(int status, MediaType contentType, JsonNode json) {

        public boolean isProblem() {
            return contentType != null && contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    public Http(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public Answer get(String path) {
        return exchange(client.get().uri(path));
    }

    public Answer postJson(String path, String json) {
        return exchange(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Answer putJson(String path, String json) {
        return exchange(client.method(HttpMethod.PUT).uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Answer delete(String path) {
        return exchange(client.delete().uri(path));
    }

    public Answer postForm(String path, Map<String, String> params) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        return exchange(client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form));
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static Answer exchange(RestClient.RequestHeadersSpec<?> spec) {
        return spec.exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            JsonNode json = body.length == 0 ? null : readTree(body);
            return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(), json);
        });
    }

    private static JsonNode readTree(byte[] body) throws IOException {
        return JSON.readTree(body);
    }
}
