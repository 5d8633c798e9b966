using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Bootstrap actions: scripts every node runs before applications start.</summary>
public sealed partial class Cluster
{
    /// <summary>Runs a script from S3 (or a <c>file:/</c> path on the node) with arguments; a name written again replaces that action.</summary>
    public Cluster Bootstrap(string name, string path, params string[] args)
    {
        var action = new BootstrapActionSpec
        {
            Name = Require.Name(name, nameof(name)),
            ScriptBootstrapAction = new ScriptBootstrapActionSpec
            {
                Path = Require.ScriptPath(path, nameof(path)),
                Args = Require.NotNull(args, nameof(args), "The arguments").ToEquatableArray(),
            },
        };
        return With(s => s with { BootstrapActions = Upsert(s.BootstrapActions, action, a => a.Name == name) });
    }
}
