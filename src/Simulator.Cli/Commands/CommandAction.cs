using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simulator.Application;
using Simulator.Application.Observing;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>
/// Runs a command's body inside a freshly built host and turns every outcome into the promised exit
/// code: refused input is every problem on standard error (exit 2), interrupts exit 130, bugs exit 1
/// without a stack trace on the console.
/// </summary>
internal static class CommandAction
{
    public static async Task<int> RunAsync(
        ConsoleStreams streams, IReadOnlyList<string> configArgs, CancellationToken cancellationToken,
        Func<IServiceProvider, CancellationToken, Task<int>> body)
    {
        using var signal = new InterruptSignal(cancellationToken);
        try
        {
            var shape = SettingsCheck.Shape(configArgs.Select(a => a[2..]));
            if (shape.Count > 0) throw new InputRejectedException(shape);
            using var host = HostFactory.Build(configArgs, streams.Out, streams.Error);
            var settingsProblems = SettingsCheck.Problems((IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>());
            if (settingsProblems.Count > 0) throw new InputRejectedException(settingsProblems);
            _ = host.Services.GetRequiredService<IOptions<ApplicationSettings>>().Value; // validates settings now
            return await body(host.Services, signal.Token);
        }
        catch (InputRejectedException e)
        {
            ProblemText.Write(streams.Error, e);
            return ExitCodes.InvalidInput;
        }
        catch (OptionsValidationException e)
        {
            await streams.Error.WriteLineAsync($"error: invalid setting: {string.Join("; ", e.Failures)}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            await streams.Error.WriteLineAsync("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await streams.Error.WriteLineAsync($"internal error ({e.GetType().Name}): {e.Message}");
            await streams.Error.WriteLineAsync("This is a bug or a machine fault, not a problem with your input; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The observer for a command: notes and warnings always, progress unless <paramref name="quiet"/>.</summary>
    public static IRunObserver Observer(ConsoleStreams streams, IServiceProvider services, bool quiet)
    {
        var settings = services.GetRequiredService<ApplicationSettings>();
        var progress = quiet
            ? null
            : new ProgressDisplay(streams.Error, interactive: !Console.IsErrorRedirected && streams.Error == Console.Error,
                TimeSpan.FromSeconds(settings.ProgressIntervalSeconds));
        return new ConsoleObserver(streams.Error, progress);
    }
}
