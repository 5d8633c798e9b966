using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Model;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR016: every password argument of the reported call becomes a <c>Secret.TerraformVariable("...")</c> named after
/// its Terraform argument (<c>kdc_admin_password</c>), so the call binds to the <see cref="Secret"/> overload whole
/// (the DSL takes all passwords of one call as secrets or none). A string that already is <c>${var.NAME}</c> keeps its name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LiteralSecretFixer))]
[Shared]
public sealed class LiteralSecretFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LiteralSecret);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null || DslCalls.At(root, diagnostic.Location.SourceSpan) is not { } call
                || PasswordArguments(call, model, context.CancellationToken) is not { Count: > 0 } passwords)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the passwords from sensitive Terraform variables",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(passwords.Keys, (original, _) => passwords[original].WithTriviaFrom(original)))),
                    nameof(LiteralSecretFixer)),
                diagnostic);
        }
    }

    /// <summary>Each string argument bound to a secret parameter, with the <c>Secret</c> call that replaces it.</summary>
    private static Dictionary<ExpressionSyntax, ExpressionSyntax>? PasswordArguments(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
        {
            return null;
        }

        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Syntax is not ArgumentSyntax { Expression: var expression }
                || argument.Parameter?.Type.SpecialType != SpecialType.System_String
                || SecretMember.Cluster.FirstOrDefault(m => m.Parameter == argument.Parameter.Name) is not { } member
                || expression.IsKind(SyntaxKind.NullLiteralExpression))
            {
                continue;
            }

            var text = model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string value } ? value : null;
            replacements.Add(expression, TerraformVariable(SecretReference.Parse(text)?.TerraformVariable ?? member.TerraformArgument));
        }

        return replacements;
    }

    private static ExpressionSyntax TerraformVariable(string name) =>
        InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(nameof(Secret)), IdentifierName(nameof(Secret.TerraformVariable))),
            ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(name))))));
}
