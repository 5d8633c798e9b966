using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Why an expression cannot be known at build time, and what to write instead: the second half of every
/// EMRG001 message.
/// </summary>
internal static class Reasons
{
    public const string Loop =
        "a loop runs only when the program runs; list the values explicitly (new[] { ... } or EquatableArray.Create(...)) or chain the DSL calls one by one";

    public const string NoBody =
        "it has no initializer or body the generator can read; give it an initializer or an expression body (=> ...)";

    public const string MethodGroup =
        "a method group is not evaluated; pass a lambda (x => ...) instead";

    public const string NullReceiver =
        "it is called on a null value";

    public const string VersionMismatch =
        "the generator's copy of the DSL does not have this member; reference the same EmrDsl version for the library and its generator";

    public static string Call(IMethodSymbol method, Compilation compilation) =>
        IsEnvironment(method.ContainingType)
            ? "it reads the machine the program runs on, which the build cannot know; write the value as a constant, or declare one [EmrCluster] definition per environment"
            : IsOwn(method, compilation) && !method.IsStatic
                ? $"'{method.Name}' is an instance method, and instance state exists only when the program runs; use static members"
                : IsOwn(method, compilation)
                    ? $"'{method.Name}' is a method of this project with parameters, and the generator runs no user code; make it a parameterless static property or method, or inline its DSL calls here"
                    : $"'{method.ContainingType.Name}.{method.Name}' is not run at build time (the generator evaluates DSL calls, constants and a few pure framework members such as TimeSpan.From*); write the value as a constant";

    public static string Member(ISymbol member, Compilation compilation) =>
        IsEnvironment(member.ContainingType)
            ? $"'{member.ContainingType.Name}.{member.Name}' is known only when the program runs; write the value as a constant, or declare one [EmrCluster] definition per environment"
            : IsOwn(member, compilation) && !member.IsStatic
                ? $"it reads instance state ('{member.Name}') that exists only when the program runs; use a static property or a constant"
                : $"'{member.ContainingType?.Name}.{member.Name}' is not read at build time; write the value as a constant";

    public static string Creation(ITypeSymbol? type) =>
        $"creating a '{type?.Name}' runs code the generator does not evaluate; only DSL and model types are created at build time";

    public static string Statement(IOperation statement) =>
        $"a {Describe(statement.Kind)} statement is not evaluated; write the definition as local declarations, if statements and a return";

    public static string Expression(IOperation expression) =>
        $"the generator does not evaluate {Describe(expression.Kind)} expressions; use constants, DSL calls, 'new', 'with', lambdas or other static definitions";

    private static bool IsOwn(ISymbol symbol, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly);

    private static bool IsEnvironment(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() == "System" &&
        type.Name is "Environment" or "DateTime" or "DateTimeOffset" or "Guid";

    private static string Describe(OperationKind kind) => kind switch
    {
        OperationKind.None => "this kind of",
        _ => System.Text.RegularExpressions.Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant(),
    };
}
