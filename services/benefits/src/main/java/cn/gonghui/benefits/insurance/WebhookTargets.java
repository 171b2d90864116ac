package cn.gonghui.benefits.insurance;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may go: an https URL whose host is on the internet. A loopback, private, link-local or
 * unspecified address would let an insurer's token make the service probe its own network (SSRF); such
 * hosts, and plain http, are allowed only with {@code gonghui.webhooks.allow-private-hosts=true}
 * (tests, a local stack).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why the URL may not be used, or empty when it may. Resolves the host, so call it again at send time. */
    static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        if (uri.getHost() == null) {
            return Optional.of("has no host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return Optional.of("resolves to a private or local address (" + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        return Optional.empty();
    }
}
