namespace Probation.Infra;

/// <summary>The test classes that read the compiled template share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled template";
}
