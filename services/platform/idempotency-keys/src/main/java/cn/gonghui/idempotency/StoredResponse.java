package cn.gonghui.idempotency;

/** What was answered to the first request with a key; status is null while it runs. */
public record StoredResponse(String requestHash, Integer status, String body, String location) {
}
