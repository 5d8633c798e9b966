namespace EmrDsl.Cli.Import.Syntax;

/// <summary>A builder lambda <c>g => g.Spot().Named("x")</c>: the parameter is the chain's head.</summary>
internal sealed class Lambda : Expr
{
    public Lambda(string parameter, Expr body)
    {
        Parameter = parameter;
        Body = body;
    }

    public string Parameter { get; }

    public Expr Body { get; }

    public override string? Inline => Body.Inline is { } body ? Parameter + " => " + body : null;

    protected override string RenderLines(int indent) => Parameter + " => " + Body.Render(indent);
}
