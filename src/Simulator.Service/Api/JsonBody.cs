using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Simulator.Service.Api;

/// <summary>
/// Documents a JSON request body without Accepts metadata, which
/// would make routing refuse a body sent without "Content-Type: application/json" (curl -d) with an
/// empty 415; the body is read as JSON whatever its declared type, and its problems are named.
/// </summary>
public static class JsonBody
{
    /// <summary>Adds the request body of type <typeparamref name="T"/> to the endpoint's OpenAPI operation.</summary>
    public static RouteHandlerBuilder DocumentedBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
