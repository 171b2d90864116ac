package cn.gonghui.problems;

import java.net.URI;

/** Every kind of failure a client can meet: a stable type URI, an HTTP status, titles in zh-CN and English. */
public enum ProblemType {
    VALIDATION(400, "validation", "请求数据不符合要求", "The request has invalid fields"),
    MALFORMED_BODY(400, "malformed-body", "请求体不是有效的 JSON", "The request body is not valid JSON"),
    BAD_REQUEST(400, "bad-request", "请求有误", "Bad request"),
    UNAUTHENTICATED(401, "unauthenticated", "需要登录认证", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "无权执行此操作", "You may not do this"),
    NOT_FOUND(404, "not-found", "资源不存在", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持该请求方法", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "无法提供所要求的响应格式", "Cannot produce the requested media type"),
    CONFLICT(409, "conflict", "与已有数据冲突", "Conflicts with existing data"),
    INVALID_STATE(409, "invalid-state", "当前状态不允许此操作", "Not allowed in the current state"),
    CONCURRENT_UPDATE(409, "concurrent-update", "数据正被他人同时修改,请重试", "Changed concurrently by someone else; retry"),
    IDEMPOTENCY_KEY_REUSED(409, "idempotency-key-reused", "幂等键已用于另一个不同的请求",
            "The Idempotency-Key was already used for a different request"),
    IDEMPOTENCY_KEY_IN_PROGRESS(409, "idempotency-key-in-progress", "使用该幂等键的请求仍在处理中",
            "A request with this Idempotency-Key is still being processed"),
    PRECONDITION_FAILED(412, "precondition-failed", "数据已被他人修改,请刷新后重试",
            "The resource was changed since you read it; reload and retry"),
    TOO_LARGE(413, "too-large", "请求体过大", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "请求地址过长", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "不支持该内容类型", "Unsupported content type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "请求过于频繁,请稍后再试", "Too many requests; slow down"),
    PRECONDITION_REQUIRED(428, "precondition-required", "修改操作需要 If-Match 请求头",
            "This update needs an If-Match header with the ETag you read"),
    INTERNAL(500, "internal", "服务器内部错误", "Internal server error"),
    UNAVAILABLE(503, "unavailable", "服务暂时不可用", "Service temporarily unavailable");

    public static final String BASE = "https://gonghui.cn/problems/";

    private final int status;
    private final String slug;
    private final String titleZh;
    private final String titleEn;

    ProblemType(int status, String slug, String titleZh, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title(boolean english) {
        return english ? titleEn : titleZh;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
