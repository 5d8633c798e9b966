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
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR016: every password argument of the reported call becomes a <c>Secret.TerraformVariable("...")</c> named after
/// its Terraform argument (<c>kdc_admin_password</c>), so the call binds to the <see cref="Secret"/> overload whole
/// (the DSL takes all passwords of one call as secrets or none). A string that already is <c>${var.NAME}</c> keeps its name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LiteralSecretFixer))]
[Shared]
public sealed class LiteralSecretFixer : DocumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LiteralSecret);

    protected override string Title(Diagnostic diagnostic) => "Read the passwords from sensitive Terraform variables";

    protected override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || DslCalls.At(root, span) is not { } call
            || PasswordArguments(call, model, cancellationToken) is not { Count: > 0 } passwords)
        {
            return null;
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(passwords.Keys, (original, _) => passwords[original].WithTriviaFrom(original)));
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
