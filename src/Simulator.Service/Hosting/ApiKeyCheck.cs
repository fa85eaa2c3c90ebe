using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Simulator.Service.Api;
using Simulator.Service.Settings;

namespace Simulator.Service.Hosting;

/// <summary>
/// With Service:ApiKey set, every request to /api and /openapi must carry the key in the X-Api-Key
/// header (compared in constant time); others are answered 401. The page itself holds no data and is
/// served to anyone, and asks for the key.
/// </summary>
public static class ApiKeyCheck
{
    /// <summary>Adds the check when <paramref name="key"/> is set.</summary>
    public static void UseApiKey(this IApplicationBuilder app, string? key)
    {
        if (string.IsNullOrEmpty(key)) return;
        var expected = Encoding.UTF8.GetBytes(key);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi"))
            {
                var given = Encoding.UTF8.GetBytes(context.Request.Headers[ServiceSettings.ApiKeyHeader].ToString());
                if (!CryptographicOperations.FixedTimeEquals(given, expected))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await context.Response.WriteAsJsonAsync(ErrorResponse.Plain(
                        $"this server needs its API key in the {ServiceSettings.ApiKeyHeader} header (setting Service:ApiKey; see docs/service.md)"));
                    return;
                }
            }
            await next(context);
        });
    }
}
