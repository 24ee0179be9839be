# Varnish in front of a portal on this machine (`npm start`, port 3000).
# Start it with: varnishd -a :6081 -f "$PWD/deploy/varnish/portal.vcl" \
#   -s main=malloc,256m -s search=malloc,32m
# and give the portal HTTP_CACHE_PURGE_URLS=http://127.0.0.1:6081 (README,
# "A shared HTTP cache in front").
vcl 4.1;

backend portal {
  .host = "127.0.0.1";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 60s;
  .probe = {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

include "./portal-rules.vcl";
