namespace Durable;

/// <summary>Services for hosts that give none: registered classes are then created from their constructors alone.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static EmptyServiceProvider Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
