using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Simulator.Service.Settings;

namespace Simulator.Service.Hosting;

/// <summary>Titles the OpenAPI document and declares the API key header.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Claim-verification monitoring simulator: job API",
            Version = "v1",
            Description = "Submit scenario runs, follow their progress, fetch their output files. "
                + $"A server listening beyond loopback requires its API key in the {ServiceSettings.ApiKeyHeader} header (docs/service.md).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ServiceSettings.ApiKeyHeader,
            Description = "Required when the server has Service:ApiKey set (always when it listens beyond loopback).",
        };
        return Task.CompletedTask;
    }
}
