using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Why an expression cannot be known at build time, and what to write instead: the second half of every
/// EMRG001 message. docs/evaluation.md lists the same reasons.
/// </summary>
internal static class Reasons
{
    public const string NoBody =
        "it has no initializer or body the generator can read; give it an initializer or an expression body (=> ...)";

    public const string NullReceiver =
        "it is called on a null value";

    public const string VersionMismatch =
        "the generator's copy of the DSL does not have this member; reference the same EmrDsl version for the library and its generator";

    public const string StaticStateWritten =
        "it changes static state, so the definition would depend on what ran before it; build the value in a local (or return a new one from a helper) instead of changing a static field or a collection held in one";

    public const string RefArgument =
        "ref and out arguments are evaluated only for framework members (TryGetValue, TryParse); make the project's method return the value (or a tuple) instead";

    public const string Reflection =
        "it inspects types at run time (reflection), which the build does not do; write the value as a constant";

    public static string NoMethodBody(IMethodSymbol method) =>
        $"'{method.Name}' has no body the generator can read (abstract, extern or partial without an implementation); call a method with a body";

    public static string Call(IMethodSymbol method) =>
        IsEnvironment(method.ContainingType)
            ? "it reads the machine the program runs on, which the build cannot know; write the value as a constant, or declare one [EmrCluster] definition per environment"
            : IsReflection(method.ContainingType)
                ? Reflection
                : $"'{method.ContainingType.Name}.{method.Name}' is not run at build time (the generator runs the DSL, the project's own code and pure framework members such as LINQ, collections, string, Math and TimeSpan; docs/evaluation.md lists them); write the value as a constant";

    public static string Member(ISymbol member) =>
        IsEnvironment(member.ContainingType)
            ? $"'{member.ContainingType!.Name}.{member.Name}' is known only when the program runs; write the value as a constant, or declare one [EmrCluster] definition per environment"
            : IsReflection(member.ContainingType)
                ? Reflection
                : $"'{member.ContainingType?.Name}.{member.Name}' is not read at build time; write the value as a constant";

    public static string Creation(ITypeSymbol? type) =>
        IsEnvironment(type as INamedTypeSymbol)
            ? $"a '{type!.Name}' depends on the machine or the moment the program runs; write the value as a constant"
            : $"creating a '{type?.Name}' runs code the generator does not evaluate; the DSL's types, the project's classes and records, and pure framework types (collections, StringBuilder, Uri, ...) are created at build time";

    public static string Statement(IOperation statement) =>
        $"a {Describe(statement.Kind)} statement is not evaluated; use declarations, if, switch, loops, return and yield";

    public static string Expression(IOperation expression) =>
        $"{Describe(expression.Kind)} is not evaluated at build time; use constants, DSL calls, the project's methods and objects, or pure framework members";

    /// <summary>An operation kind in words: "a collection expression", "a lambda".</summary>
    public static string Describe(OperationKind kind) => kind switch
    {
        OperationKind.None => "this kind of code",
        OperationKind.AnonymousFunction => "a lambda outside a delegate",
        OperationKind.TypeOf => "typeof (reflection)",
        OperationKind.AddressOf => "unsafe code",
        OperationKind.Await => "await",
        OperationKind.DynamicInvocation or OperationKind.DynamicMemberReference or OperationKind.DynamicObjectCreation or OperationKind.DynamicIndexerAccess => "dynamic code",
        _ => Article(System.Text.RegularExpressions.Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant()),
    };

    private static string Article(string words) => ("aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;

    private static bool IsEnvironment(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System" or "System.IO" or "System.Net" or "System.Net.Http" or "System.Diagnostics" or "System.Threading" &&
        type.Name is "Environment" or "DateTime" or "DateTimeOffset" or "Guid" or "Random" or "File" or "Directory" or "Path" or "Stopwatch"
            or "Process" or "HttpClient" or "WebClient" or "Dns" or "Thread" or "FileInfo" or "DirectoryInfo" or "TimeProvider";

    private static bool IsReflection(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() == "System.Reflection" || type?.Name is "Type" or "Activator";
}
