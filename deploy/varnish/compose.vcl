# Varnish in docker-compose.yml: in front of the load balancer (lb), which
# spreads requests over the portal's replicas. Every replica purges it
# (HTTP_CACHE_PURGE_URLS=http://varnish:80).
vcl 4.1;

backend portal {
  .host = "lb";
  .port = "80";
  .connect_timeout = 2s;
  .first_byte_timeout = 60s;
  .probe = {
    .request = "GET /api/health HTTP/1.1"
      "Host: lb"
      "Connection: close";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

include "./portal-rules.vcl";
