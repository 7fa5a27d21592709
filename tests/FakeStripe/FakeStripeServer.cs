using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PropertySaaS.FakeStripe;

/// <summary>
/// The part of the Stripe API that PropertySaaS calls (checkout sessions, refunds), in memory, per connected account
/// (Stripe-Account header), honouring Idempotency-Key; plus a hosted checkout page whose pay button marks the session
/// paid, sends a signed checkout.session.completed webhook and redirects to success_url; plus a Dashboard-style refund
/// (POST /dashboard/payment_intents/{pi}/refunds) that, like every refund, sends refund.created and charge.refunded.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    public const string ApiVersion = "2025-01-01.fake";
    public required WebApplication App { get; init; }
    public required string BaseUrl { get; init; }
    public string? WebhookUrl { get; set; }
    public required string WebhookSecret { get; set; }
    /// <summary>Replaces the HTTP POST of webhooks (tests deliver to an in-memory API host): (payload, signature header) → status.</summary>
    public Func<string, string, Task<int>>? Deliver { get; set; }
    /// <summary>When true, an API refund's refund.created and charge.refunded are delivered before the API answers
    /// (the webhook overtakes the answer); otherwise shortly after it.</summary>
    public bool RefundEventsBeforeAnswer { get; set; }
    /// <summary>The next N refund requests fail with a 500 before anything is made (a request lost on the way).</summary>
    public int RefundRequestsToFail;
    /// <summary>The next N refund requests make the refund but answer 500, and Stripe replays that 500 to retries with
    /// the same idempotency key (an answer lost on the way back).</summary>
    public int RefundAnswersToLose;
    /// <summary>Every event sent, in order (payload JSON), so tests can replay them.</summary>
    public ConcurrentQueue<string> SentEvents { get; } = new();

    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, JsonObject> _refunds = new();
    /// <summary>Charges by PaymentIntent id: one succeeded charge per paid session.</summary>
    private readonly ConcurrentDictionary<string, JsonObject> _charges = new();
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _idempotent = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _inFlight = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <param name="url">e.g. http://localhost:5095, or http://127.0.0.1:0 for any free port.</param>
    public static async Task<FakeStripeServer> StartAsync(string url = "http://127.0.0.1:0", string? webhookUrl = null, string webhookSecret = "whsec_test")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var baseUrl = url;
        FakeStripeServer? self = null;
        app.Use(async (ctx, next) => { await self!.Handle(ctx, next); });
        await app.StartAsync();
        baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "localhost").Replace("0.0.0.0", "localhost");
        self = new FakeStripeServer { App = app, BaseUrl = baseUrl.TrimEnd('/'), WebhookUrl = webhookUrl, WebhookSecret = webhookSecret };
        return self;
    }

    public JsonObject? Session(string id) => _sessions.TryGetValue(id, out var s) ? s : null;
    public JsonObject? Charge(string paymentIntent) => _charges.TryGetValue(paymentIntent, out var c) ? c : null;
    public IEnumerable<JsonObject> Sessions => _sessions.Values;

    private async Task Handle(HttpContext ctx, Func<Task> next)
    {
        var path = ctx.Request.Path.Value ?? "";
        var method = ctx.Request.Method;
        var account = ctx.Request.Headers["Stripe-Account"].ToString();
        if (path.StartsWith("/v1/"))
        {
            if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer sk_"))
            { await Error(ctx, 401, "Invalid API Key provided."); return; }
            Dictionary<string, string> form = [];
            if (method == "POST") form = (await ctx.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
            var key = ctx.Request.Headers["Idempotency-Key"].ToString();
            // Stripe answers a request whose key is still being served with 409, and Stripe.net retries it until the
            // first is answered; the fake serves requests of one key in turn, which comes to the same.
            var gate = method == "POST" && key.Length > 0 ? _inFlight.GetOrAdd($"{account}|{key}", _ => new SemaphoreSlim(1, 1)) : null;
            if (gate is not null) await gate.WaitAsync();
            try { await ServeAsync(ctx, path, method, account, form, key); }
            finally { gate?.Release(); }
            return;
        }
        if (path.StartsWith("/dashboard/payment_intents/") && method == "POST")
        {
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // dashboard, payment_intents, {pi}, refunds
            var amount = (await ctx.Request.ReadFormAsync())["amount"].ToString();
            var (status, body, _) = await RefundFromDashboardAsync(parts[2], amount.Length > 0 ? long.Parse(amount) : null);
            await Json(ctx, status, body.ToJsonString());
            return;
        }
        if (path.StartsWith("/checkout/"))
        {
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (!_sessions.TryGetValue(parts[1], out var s)) { ctx.Response.StatusCode = 404; return; }
            if (method == "GET") { await Page(ctx, s); return; }
            if (method == "POST" && parts.Length == 3 && parts[2] == "pay")
            {
                var m = (await ctx.Request.ReadFormAsync())["method"].ToString();
                await PayAsync(parts[1], string.IsNullOrEmpty(m) ? "card" : m);
                ctx.Response.Redirect(s["success_url"]!.GetValue<string>());
                return;
            }
        }
        await next();
    }

    private async Task ServeAsync(HttpContext ctx, string path, string method, string account, Dictionary<string, string> form, string key)
    {
        if (method == "POST" && key.Length > 0 && _idempotent.TryGetValue($"{account}|{key}", out var replay))
        { await Json(ctx, replay.Status, replay.Body); return; }
        if (method == "POST" && path == "/v1/refunds" && Interlocked.Decrement(ref RefundRequestsToFail) >= 0)
        { await Error(ctx, 500, "An unknown error occurred.", "api_error"); return; }
        var (status, body) = Api(method, path, account, form, ctx.Request.Query);
        if (method == "POST" && path == "/v1/refunds" && status == 200)
        {
            // Stripe also announces the refund, usually after the answer: either may be processed first.
            var refund = _refunds[body["id"]!.GetValue<string>()];
            if (RefundEventsBeforeAnswer) await AnnounceRefundAsync(account, refund);
            else _ = Task.Run(async () => { await Task.Delay(50); await AnnounceRefundAsync(account, refund); });
        }
        var text = body.ToJsonString();
        if (method == "POST" && path == "/v1/refunds" && status == 200 && Interlocked.Decrement(ref RefundAnswersToLose) >= 0)
            (status, text) = (500, ErrorBody("An unknown error occurred.", "api_error").ToJsonString());
        if (method == "POST" && key.Length > 0 && status is 200 or 500) _idempotent[$"{account}|{key}"] = (status, text);
        await Json(ctx, status, text);
    }

    private (int, JsonNode) Api(string method, string path, string account, Dictionary<string, string> form, IQueryCollection query)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // v1, checkout, sessions, {id}
        if (parts is [_, "checkout", "sessions"] && method == "POST") return (200, CreateSession(account, Nest(form)));
        if (parts is [_, "checkout", "sessions", var id] && method == "GET")
            return _sessions.TryGetValue(id, out var s) && Acct(s) == account ? (200, s.DeepClone()) : (404, ErrorBody("No such checkout.session: " + id));
        if (parts is [_, "checkout", "sessions"] && method == "GET")
        {
            long.TryParse(query["created[gte]"], out var gte);
            var status = query["status"].ToString();
            var list = _sessions.Values.Where(s => Acct(s) == account && s["created"]!.GetValue<long>() >= gte && (status == "" || s["status"]!.GetValue<string>() == status))
                .OrderByDescending(s => s["created"]!.GetValue<long>()).Select(s => s.DeepClone()).ToArray();
            return (200, new JsonObject { ["object"] = "list", ["url"] = "/v1/checkout/sessions", ["has_more"] = false, ["data"] = new JsonArray(list) });
        }
        if (parts is [_, "refunds"] && method == "POST") return CreateRefund(account, Nest(form));
        if (parts is [_, "refunds"] && method == "GET")
        {
            var charge = query["charge"].ToString();
            var list = _refunds.Values.Where(r => Acct(r) == account && (charge == "" || r["charge"]?.GetValue<string>() == charge))
                .OrderByDescending(r => r["created"]!.GetValue<long>()).Select(r => r.DeepClone()).ToArray();
            return (200, new JsonObject { ["object"] = "list", ["url"] = "/v1/refunds", ["has_more"] = false, ["data"] = new JsonArray(list) });
        }
        if (parts is [_, "refunds", var rid] && method == "GET")
            return _refunds.TryGetValue(rid, out var r) ? (200, r.DeepClone()) : (404, ErrorBody("No such refund: " + rid));
        return (404, ErrorBody($"Unrecognized request URL ({method}: {path})."));
    }

    private JsonObject CreateSession(string account, JsonObject f)
    {
        var id = "cs_test_" + Guid.NewGuid().ToString("N");
        long total = 0;
        string currency = "cny";
        foreach (var item in f["line_items"]?.AsArray() ?? [])
        {
            var pd = item!["price_data"]!;
            currency = pd["currency"]!.GetValue<string>();
            total += long.Parse(pd["unit_amount"]!.GetValue<string>()) * long.Parse(item["quantity"]?.GetValue<string>() ?? "1");
        }
        var types = f["allowed_payment_method_types"] ?? f["payment_method_types"] ?? new JsonArray("card");
        var s = new JsonObject
        {
            ["id"] = id, ["object"] = "checkout.session", ["account_fake"] = account, ["amount_subtotal"] = total, ["amount_total"] = total,
            ["currency"] = currency, ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["expires_at"] = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds(),
            ["livemode"] = false, ["mode"] = f["mode"]?.GetValue<string>() ?? "payment", ["metadata"] = f["metadata"]?.DeepClone() ?? new JsonObject(),
            ["client_reference_id"] = f["client_reference_id"]?.DeepClone(), ["payment_intent"] = null, ["payment_status"] = "unpaid", ["status"] = "open",
            ["payment_method_types"] = types.DeepClone(), ["payment_method_options"] = f["payment_method_options"]?.DeepClone(),
            ["success_url"] = f["success_url"]?.DeepClone(), ["cancel_url"] = f["cancel_url"]?.DeepClone(),
            ["url"] = $"{BaseUrl}/checkout/{id}",
            ["payment_intent_metadata_fake"] = f["payment_intent_data"]?["metadata"]?.DeepClone(),
        };
        _sessions[id] = s;
        return (JsonObject)s.DeepClone();
    }

    private (int, JsonNode) CreateRefund(string account, JsonObject f)
    {
        var pi = f["payment_intent"]?.GetValue<string>();
        var (status, r) = Refund(account, pi, f["amount"] is { } a ? long.Parse(a.GetValue<string>()) : null, f["metadata"]?.DeepClone() as JsonObject, f["reason"]?.GetValue<string>());
        return (status, r.DeepClone());
    }

    /// <summary>
    /// A refund made in the Stripe Dashboard: no metadata of ours, no idempotency key; refund.created and
    /// charge.refunded are sent (awaited) before this returns. Returns the refund and the charge.refunded payload.
    /// </summary>
    public async Task<(int Status, JsonObject Refund, string? ChargeRefunded)> RefundFromDashboardAsync(string paymentIntent, long? amount = null)
    {
        var account = _charges.TryGetValue(paymentIntent, out var c) ? Acct(c) : "";
        var (status, r) = Refund(account, paymentIntent, amount, null, "requested_by_customer");
        if (status != 200) return (status, r, null);
        return (status, r, await AnnounceRefundAsync(account, r));
    }

    private (int, JsonObject) Refund(string account, string? pi, long? amount, JsonObject? metadata, string? reason)
    {
        if (pi is null || !_charges.TryGetValue(pi, out var charge) || Acct(charge) != account) return (404, ErrorBody("No such payment_intent: " + pi));
        lock (charge)
        {
            var left = charge["amount"]!.GetValue<long>() - charge["amount_refunded"]!.GetValue<long>();
            var value = amount ?? left;
            if (value <= 0 || value > left) return (400, ErrorBody("Refund amount is greater than unrefunded amount on charge."));
            var r = new JsonObject
            {
                ["id"] = "re_" + Guid.NewGuid().ToString("N"), ["object"] = "refund", ["account_fake"] = account, ["amount"] = value, ["currency"] = charge["currency"]!.DeepClone(),
                ["charge"] = charge["id"]!.DeepClone(), ["payment_intent"] = pi, ["status"] = "succeeded", ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["metadata"] = metadata ?? new JsonObject(), ["reason"] = reason,
            };
            _refunds[r["id"]!.GetValue<string>()] = r;
            charge["amount_refunded"] = charge["amount_refunded"]!.GetValue<long>() + value;
            charge["refunded"] = charge["amount_refunded"]!.GetValue<long>() == charge["amount"]!.GetValue<long>();
            var list = charge["refunds"]!["data"]!.AsArray();
            var listed = (JsonObject)r.DeepClone();
            listed.Remove("account_fake");
            list.Insert(0, listed); // newest first, as Stripe lists them
            charge["refunds"]!["total_count"] = list.Count;
            return (200, r);
        }
    }

    /// <summary>refund.created, then charge.refunded with the charge as it is now; returns the charge.refunded payload.</summary>
    private async Task<string> AnnounceRefundAsync(string account, JsonObject refund)
    {
        await SendEventAsync("refund.created", account, refund);
        var charge = _charges[refund["payment_intent"]!.GetValue<string>()];
        JsonObject now;
        lock (charge) now = (JsonObject)charge.DeepClone();
        return await SendEventAsync("charge.refunded", account, now);
    }

    /// <summary>What the pay button does: the session is paid with a new PaymentIntent and checkout.session.completed is sent
    /// (or only built, when <paramref name="deliver"/> is false, so a test can deliver events in its own order).</summary>
    public async Task<string> PayAsync(string sessionId, string method = "card", long? amountTotal = null, bool deliver = true)
    {
        var s = _sessions[sessionId];
        lock (s)
        {
            if (s["payment_status"]!.GetValue<string>() != "paid")
            {
                s["payment_intent"] = "pi_" + Guid.NewGuid().ToString("N");
                s["payment_status"] = "paid";
                s["status"] = "complete";
                s["payment_method_types"] = new JsonArray(method);
                if (amountTotal is { } t) s["amount_total"] = t;
                var pi = s["payment_intent"]!.GetValue<string>();
                _charges[pi] = NewCharge(s, pi);
            }
        }
        return deliver ? await SendEventAsync("checkout.session.completed", Acct(s), s) : EventJson("checkout.session.completed", Acct(s), s);
    }

    /// <summary>Money taken a second time for a session already paid (what a replayed or doubled completion amounts to):
    /// a new PaymentIntent with its own charge, announced by checkout.session.completed. The stored session keeps its first one.</summary>
    public async Task<string> PayAgainAsync(string sessionId)
    {
        var s = _sessions[sessionId];
        JsonObject copy;
        lock (s) copy = (JsonObject)s.DeepClone();
        var pi = "pi_" + Guid.NewGuid().ToString("N");
        copy["payment_intent"] = pi;
        copy["payment_status"] = "paid";
        copy["status"] = "complete";
        _charges[pi] = NewCharge(copy, pi);
        return await SendEventAsync("checkout.session.completed", Acct(copy), copy);
    }

    private static JsonObject NewCharge(JsonObject s, string pi)
    {
        var chargeId = "ch_" + Guid.NewGuid().ToString("N");
        // Stripe copies the PaymentIntent's metadata (ours: tenant, checkoutId) onto the charge it creates.
        return new JsonObject
        {
            ["id"] = chargeId, ["object"] = "charge", ["account_fake"] = Acct(s), ["amount"] = s["amount_total"]!.DeepClone(), ["amount_captured"] = s["amount_total"]!.DeepClone(),
            ["amount_refunded"] = 0L, ["currency"] = s["currency"]!.DeepClone(), ["paid"] = true, ["refunded"] = false, ["status"] = "succeeded",
            ["payment_intent"] = pi, ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["livemode"] = false,
            ["metadata"] = s["payment_intent_metadata_fake"]?.DeepClone() ?? new JsonObject(),
            ["refunds"] = new JsonObject { ["object"] = "list", ["data"] = new JsonArray(), ["has_more"] = false, ["total_count"] = 0, ["url"] = $"/v1/charges/{chargeId}/refunds" },
        };
    }

    /// <summary>Builds a Stripe event around an object, signs it and delivers it; returns the payload.</summary>
    public async Task<string> SendEventAsync(string type, string account, JsonObject obj)
    {
        var payload = EventJson(type, account, obj);
        SentEvents.Enqueue(payload);
        await DeliverAsync(payload);
        return payload;
    }

    public static string EventJson(string type, string account, JsonObject obj, string? id = null)
    {
        var data = (JsonObject)obj.DeepClone();
        data.Remove("account_fake");
        data.Remove("payment_intent_metadata_fake");
        return new JsonObject
        {
            ["id"] = id ?? "evt_" + Guid.NewGuid().ToString("N"), ["object"] = "event", ["api_version"] = ApiVersion, ["account"] = account,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["livemode"] = false, ["pending_webhooks"] = 1, ["type"] = type,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["data"] = new JsonObject { ["object"] = data },
        }.ToJsonString();
    }

    /// <summary>Posts a payload signed now (or at <paramref name="at"/>) with <paramref name="secret"/> (default: ours); returns the HTTP status.</summary>
    public async Task<int> DeliverAsync(string payload, DateTimeOffset? at = null, string? secret = null)
    {
        var signature = Sign(payload, secret ?? WebhookSecret, at ?? DateTimeOffset.UtcNow);
        if (Deliver is { } deliver) return await deliver(payload, signature);
        if (string.IsNullOrEmpty(WebhookUrl)) return 0;
        try
        {
            using var content = new StringContent(payload, Encoding.UTF8, "application/json");
            using var req = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = content };
            req.Headers.Add("Stripe-Signature", signature);
            using var res = await _http.SendAsync(req);
            return (int)res.StatusCode;
        }
        catch (HttpRequestException) { return 0; }
    }

    /// <summary>The Stripe-Signature header: t=&lt;unix&gt;,v1=HMAC-SHA256(secret, "t.payload").</summary>
    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    private static string Acct(JsonObject s) => s["account_fake"]?.GetValue<string>() ?? "";

    private async Task Page(HttpContext ctx, JsonObject s)
    {
        var id = s["id"]!.GetValue<string>();
        var amount = s["amount_total"]!.GetValue<long>() / 100m;
        var paid = s["payment_status"]!.GetValue<string>() == "paid";
        var html = $$"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>收银台 Checkout (FakeStripe)</title>
            <style>body{font-family:sans-serif;max-width:420px;margin:40px auto}label{display:block;margin:8px 0}button{font-size:1.1em;padding:8px 24px}</style></head>
            <body><h1>收银台 Checkout</h1><p>测试环境 Test mode — FakeStripe</p>
            <p>应付金额 Amount due: <strong data-testid="amount">¥{{amount:0.00}}</strong> {{WebUtility.HtmlEncode(s["currency"]!.GetValue<string>().ToUpperInvariant())}}</p>
            {{(paid ? "<p>已支付 Paid</p>" : $"""
            <form method="post" action="/checkout/{id}/pay">
              <fieldset><legend>支付方式 Payment method</legend>
              <label><input type="radio" name="method" value="card" checked> 银行卡 Card</label>
              <label><input type="radio" name="method" value="alipay"> 支付宝 Alipay</label>
              <label><input type="radio" name="method" value="wechat_pay"> 微信支付 WeChat Pay</label></fieldset>
              <button type="submit">支付 Pay ¥{amount:0.00}</button>
            </form>
            <p><a href="{WebUtility.HtmlEncode(s["cancel_url"]?.GetValue<string>() ?? "/")}">取消 Cancel</a></p>
            """)}}
            </body></html>
            """;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(html);
    }

    /// <summary>Stripe form encoding (a[b][0][c]=v) into nested JSON; numeric keys make arrays; values stay strings.</summary>
    public static JsonObject Nest(Dictionary<string, string> form)
    {
        var root = new Dictionary<string, object>();
        foreach (var (key, value) in form)
        {
            var names = key.Replace("]", "").Split('[');
            var node = root;
            for (var i = 0; i < names.Length - 1; i++)
            {
                if (!node.TryGetValue(names[i], out var child)) node[names[i]] = child = new Dictionary<string, object>();
                node = (Dictionary<string, object>)child;
            }
            node[names[^1]] = value;
        }
        return (JsonObject)ToNode(root)!;
    }

    private static JsonNode? ToNode(object o) => o switch
    {
        string s => JsonValue.Create(s),
        Dictionary<string, object> d when d.Count > 0 && d.Keys.All(k => int.TryParse(k, out _)) =>
            new JsonArray(d.OrderBy(kv => int.Parse(kv.Key)).Select(kv => ToNode(kv.Value)).ToArray()),
        Dictionary<string, object> d => new JsonObject(d.Select(kv => KeyValuePair.Create(kv.Key, ToNode(kv.Value)))),
        _ => null,
    };

    private static JsonObject ErrorBody(string message, string type = "invalid_request_error") => new() { ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };
    private static Task Error(HttpContext ctx, int status, string message, string type = "invalid_request_error") => Json(ctx, status, ErrorBody(message, type).ToJsonString());
    private static async Task Json(HttpContext ctx, int status, string body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        ctx.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        await ctx.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _http.Dispose();
    }
}
