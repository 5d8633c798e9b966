namespace EmrDsl.Analyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that code fixes read.</summary>
public static class DiagnosticProperties
{
    /// <summary>The finding's path in RunJobFlow terms, for example <c>Instances.InstanceGroups[1].Market</c>.</summary>
    public const string Path = "Path";

    /// <summary>The <c>emrdsl.default_log_uri</c> in effect for the definition's file, when set.</summary>
    public const string DefaultLogUri = "DefaultLogUri";
}
