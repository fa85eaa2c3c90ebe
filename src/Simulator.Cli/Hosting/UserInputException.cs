namespace Simulator.Cli.Hosting;

/// <summary>A problem the user can fix (bad option, unwritable folder); reported without a stack trace, exit 2.</summary>
public sealed class UserInputException(string message) : Exception(message);
