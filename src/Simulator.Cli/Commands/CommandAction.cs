using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>
/// Runs a command's body inside a freshly built host and turns every outcome into the promised exit
/// code: user errors are one clear line (exit 2), interrupts exit 130, bugs exit 1 without a stack
/// trace on the console.
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
            using var host = HostFactory.Build(configArgs, streams.Out, streams.Error);
            _ = host.Services.GetRequiredService<IOptions<SimulatorSettings>>().Value; // validates settings now
            return await body(host.Services, signal.Token);
        }
        catch (Running.ScenarioRejectedException e)
        {
            await streams.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UserInputException e)
        {
            await streams.Error.WriteLineAsync($"error: {e.Message}");
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
}
