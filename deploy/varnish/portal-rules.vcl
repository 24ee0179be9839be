# The portal behind Varnish: what it caches, how the portal purges it, and
# what it serves while the portal is down. Included by portal.vcl (a portal
# on this machine) and compose.vcl (docker-compose.yml), which name the
# backend. Needs Varnish 7 with the xkey vmod (Debian: varnish
# varnish-modules) and a second storage for search results:
#
#   varnishd -a :6081 -f /path/to/deploy/varnish/portal.vcl \
#     -s main=malloc,256m -s search=malloc,32m
#
# Invariants (tests/e2e/varnish.spec.ts):
# - only anonymous GET and HEAD of public pages are cached; the staff area,
#   sign-in, password pages, the auth and internal APIs, form posts, client
#   navigations and anything carrying a session cookie go to the portal;
# - only responses the portal can purge are kept: those naming their
#   surrogate keys (xkey), without Set-Cookie (and Next's immutable assets);
# - the portal purges by key after every change (PURGE with xkey-purge), from
#   the addresses of the purgers ACL;
# - search results live in their own storage, so no flood of distinct queries
#   evicts the pages;
# - while the portal is down (its health check fails), cached pages are
#   served for up to a day.

import std;
import xkey;

acl purgers {
  "127.0.0.1";
  "::1";
  # The portal's instances on a private network (docker-compose.yml).
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "An xkey-purge header is required"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects"));
  }
  unset req.http.x-portal-shared-cache;
  unset req.http.x-locale-cookie;
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(en|fr|es|ru|ar)/(staff|sign-in|password)([/?]|$)" ||
      req.url ~ "^/api/(auth|internal|documents|evidence|health)([/?]|$)" ||
      req.url ~ "^/uploads/") {
    return (pass);
  }
  # Client-side navigations carry the router's state: the portal answers them.
  if (req.http.rsc || req.http.next-router-prefetch || req.url ~ "[?&]_rsc=") {
    return (pass);
  }
  # Signed in (an Auth.js session cookie): nothing from the cache, nothing into it.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-|__Host-)?authjs\.session-token(\.\d+)?=") {
    return (pass);
  }
  # Public pages read no cookie. The visitor's language choice is kept aside
  # for vcl_deliver, which sets it as the portal would.
  if (req.http.Cookie ~ "(^|;\s*)NEXT_LOCALE=") {
    set req.http.x-locale-cookie = regsub(req.http.Cookie, "^(.*;\s*)?NEXT_LOCALE=([^;]*).*$", "\2");
  }
  unset req.http.Cookie;
  # One stored copy per encoding: gzip (Varnish unzips it for the rare client without).
  if (req.http.Accept-Encoding ~ "gzip") {
    set req.http.Accept-Encoding = "gzip";
  } else {
    unset req.http.Accept-Encoding;
  }
  # While the portal answers, a page past its time is refreshed (served stale
  # for at most 10 s meanwhile); while it does not, for up to a day.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }
  set req.http.x-cacheable = "1";
  return (hash);
}

sub vcl_backend_fetch {
  # For a stored copy: the portal sets no per-visitor cookie on it.
  if (!bereq.uncacheable) {
    set bereq.http.x-portal-shared-cache = "1";
  }
  unset bereq.http.x-cacheable;
  unset bereq.http.x-locale-cookie;
}

sub vcl_backend_response {
  if (bereq.uncacheable) {
    return (deliver);
  }
  if (bereq.url ~ "^/_next/static/" && beresp.status == 200) {
    return (deliver);
  }
  if (beresp.status != 200 || !beresp.http.xkey || beresp.http.Set-Cookie) {
    # Not purgeable, or not for everyone: never stored, decided again next time.
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }
  if (bereq.url ~ "^/(en|fr|es|ru|ar)/search(/view/|/?\?)") {
    set beresp.storage = storage.search;
  }
  set beresp.grace = 24h;
  return (deliver);
}

sub vcl_deliver {
  # The keys are for this cache: visitors get none (nor the portal's own cache status).
  unset resp.http.xkey;
  unset resp.http.x-portal-cache;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # The visitor's locale cookie, by the portal's rule (i18n/locale-cookie.ts):
  # remember a page's language that differs from the cookie or, without a
  # cookie, from the browser's first language (English by default).
  if (req.http.x-cacheable && resp.status == 200 && req.url ~ "^/(en|fr|es|ru|ar)([/?]|$)" &&
      (!req.http.Sec-Fetch-Dest || req.http.Sec-Fetch-Dest == "document")) {
    set req.http.x-page-locale = regsub(req.url, "^/([a-z]{2}).*$", "\1");
    if (req.http.x-locale-cookie) {
      set req.http.x-remembered = req.http.x-locale-cookie;
    } else {
      set req.http.x-remembered = std.tolower(regsub(req.http.Accept-Language, "^\s*([A-Za-z]+).*$", "\1"));
      if (req.http.x-remembered !~ "^(en|fr|es|ru|ar)$") {
        set req.http.x-remembered = "en";
      }
    }
    if (req.http.x-remembered != req.http.x-page-locale) {
      set resp.http.Set-Cookie = "NEXT_LOCALE=" + req.http.x-page-locale + "; Path=/; Max-Age=31536000; SameSite=lax";
    }
  }
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}
