# Varnish in front of the eCPR website: /etc/varnish/ecpr.vcl (docs/operators/several-machines.md).
# nginx ends TLS and passes requests to Varnish on 127.0.0.1:6081, which passes them to gunicorn
# on 127.0.0.1:8000. Replace ecpr.example.org with the site's host name, and add the addresses of
# the app servers to `purgers` if they run on other machines.
vcl 4.1;

import std;

backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    # Asked every 2 s; three failures among the last five mark gunicorn down, and from then on
    # readers get the copies kept for grace (vcl_backend_response) instead of an error. It is
    # taken to be up when Varnish starts, so a restart of Varnish alone drops no request.
    .probe = {
        .request =
            "HEAD /robots.txt HTTP/1.1"
            "Host: ecpr.example.org"
            "X-Forwarded-Proto: https"
            "Connection: close";
        .interval = 2s;
        .timeout = 1s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Who may purge: the app servers, which send PURGE once published content changes.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A page lists other pages (menus, newsrooms, the other language), so any change can show
        # on any page: everything is dropped, as the site's own page cache moves to a new content
        # version (website/page_cache.py). Changes are few, and each page is then fetched once
        # from the site, which answers from its own cache.
        ban("obj.status != 0");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, and everyone signed in (they see drafts and the editing bar); documents, whose
    # privacy the site checks at each download.
    if (req.url ~ "^/(admin|documents)(/|$)"
        || req.http.Cookie ~ "(^|;\s*)sessionid="
        || req.http.Authorization) {
        return (pass);
    }
    # While gunicorn answers, a copy past its lifetime is served only for 10 s, while a fresh one
    # is fetched; once the probe marks it down, for as long as the copy is kept.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    # Other cookies (the CSRF cookie of a form a reader opened) are looked up too: pages say
    # Vary: Cookie, so such a reader has copies of their own, and a page that embeds the reader's
    # token is marked private by the site and never kept.
    return (hash);
}

sub vcl_hash {
    # A request that reached nginx over plain HTTP is answered with a redirect: keep it apart.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # A failed refresh (gunicorn restarting, the database down) keeps the copy in hand.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Pages live as long as the site says (s-maxage), or default_ttl (varnishd -t); each copy is
    # kept a day longer, to be served while gunicorn is down.
    set beresp.grace = 24h;
}
