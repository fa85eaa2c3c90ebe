using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Simulator.Service.Page;

/// <summary>
/// The web page at / (with its stylesheet and script), read from the assembly: nothing on disk,
/// nothing from the internet. Its content security policy lets it load only from this server.
/// </summary>
public static class PageEndpoints
{
    // Inline script and style are allowed for the run report shown in the page's sandboxed frame,
    // which inherits this policy; the page's own code is in app.js and app.css.
    private const string Policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; frame-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly (string Route, string Resource, string Type)[] Assets =
    [
        ("/", "page/index.html", "text/html; charset=utf-8"),
        ("/app.css", "page/app.css", "text/css; charset=utf-8"),
        ("/app.js", "page/app.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>Maps the page's routes onto <paramref name="routes"/>.</summary>
    public static void MapPage(this IEndpointRouteBuilder routes)
    {
        foreach (var (route, resource, type) in Assets)
        {
            var bytes = Read(resource);
            routes.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                return TypedResults.Bytes(bytes, type);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the page resource {resource} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
