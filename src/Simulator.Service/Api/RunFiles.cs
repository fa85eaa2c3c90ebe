using Microsoft.AspNetCore.Http;
using Simulator.Output.Manifests;
using Simulator.Service.Store;

namespace Simulator.Service.Api;

/// <summary>
/// GET /api/runs/{id}/files/{name}: an output file of a run that has ended, read from its folder
/// under --data and nowhere else, only as its manifest lists it (a file changed since is refused with
/// 409). report.html is sent sandboxed, so its scripts cannot act as the API's origin.
/// </summary>
public static class RunFiles
{
    /// <summary>Serves the file, or says why not.</summary>
    public static IResult Serve(long id, string name, HttpContext context, RunStore store, DataFolder data)
    {
        var record = store.Get(id);
        if (record is null) return RunEndpoints.NotFound(id);
        if (!record.Status.IsFinal())
        {
            return RunEndpoints.Error(StatusCodes.Status409Conflict, $"run {id} is {record.Status.Name()}; its files are written when it ends");
        }
        var path = data.RunFile(id, name);
        if (path is null)
        {
            var has = data.FilesOf(id);
            return RunEndpoints.Error(StatusCodes.Status404NotFound,
                $"run {id} has no file '{name}'; its files: {(has.Count == 0 ? "none" : string.Join(", ", has))}");
        }
        byte[] bytes;
        try
        {
            // Through the manifest, as report reads a folder: never a link, and the bytes it recorded.
            bytes = TrustedFolder.Open(data.RunFolder(id)).ReadAllBytes(name);
        }
        catch (IOException e)
        {
            return RunEndpoints.Error(StatusCodes.Status409Conflict, $"run {id}'s {name} cannot be served: {e.Message}");
        }
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (name.EndsWith(".html", StringComparison.Ordinal)) context.Response.Headers.ContentSecurityPolicy = "sandbox allow-scripts";
        return TypedResults.Bytes(bytes, ContentType(name), fileDownloadName: context.Request.Query.ContainsKey("download") ? name : null);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".yaml" => "application/yaml; charset=utf-8",
        _ => "application/octet-stream",
    };
}
