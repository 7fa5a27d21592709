using System.Net;
using System.Text.RegularExpressions;

namespace PropertySaaS.Identity.Tests.Infrastructure;

/// <summary>A page as a browser ends up on it after following redirects within the known origins.</summary>
/// <param name="ExternalRedirect">Set when the last response redirected to an origin the browser does not follow (e.g. a portal callback).</param>
public sealed record Page(Uri Url, HttpStatusCode Status, string Html, Uri? ExternalRedirect)
{
    public string Path => Url.AbsolutePath;
}

/// <summary>Cookie-carrying HTTP client that follows redirects itself and fills in server-rendered forms (with antiforgery).</summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _http;
    private readonly List<string> _origins = [];

    public Browser(Uri server)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = server };
        Follow(server);
    }

    public CookieContainer Cookies { get; }
    public HttpClient Http => _http;

    public Browser Follow(Uri origin)
    {
        _origins.Add(origin.GetLeftPart(UriPartial.Authority));
        return this;
    }

    public async Task<Page> GoAsync(string url, Dictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (k, v) in headers ?? []) request.Headers.TryAddWithoutValidation(k, v);
        return await FollowAsync(await _http.SendAsync(request));
    }

    /// <summary>Posts the page's first form: its hidden inputs (antiforgery token, returnUrl) plus <paramref name="fields"/>.</summary>
    public async Task<Page> SubmitAsync(Page page, Dictionary<string, string> fields)
    {
        var form = FormPattern().Match(page.Html);
        Assert.True(form.Success, $"No form on {page.Url} ({(int)page.Status}): {page.Html}");
        var values = HiddenPattern().Matches(form.Value).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (var (k, v) in fields) values[k] = v;
        var action = ActionPattern().Match(form.Value) is { Success: true } a ? new Uri(page.Url, WebUtility.HtmlDecode(a.Groups[1].Value)) : page.Url;
        return await FollowAsync(await _http.PostAsync(action, new FormUrlEncodedContent(values)));
    }

    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            var url = response.RequestMessage!.RequestUri!;
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (!_origins.Contains(target.GetLeftPart(UriPartial.Authority)))
                    return new Page(url, response.StatusCode, "", target);
                response = await _http.GetAsync(target);
                continue;
            }
            return new Page(url, response.StatusCode, await response.Content.ReadAsStringAsync(), null);
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>|<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*type=\"hidden\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex HiddenPattern();
    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();
}
