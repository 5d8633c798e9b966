using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>Steps (the <c>step</c> attribute) and bootstrap actions (<c>bootstrap_action</c> blocks).</summary>
internal static class StepAttributes
{
    /// <summary>
    /// <c>step</c> is an attribute of type list(object) (ConfigMode Attr in the provider), not a block: every
    /// object attribute must be present, so unset ones are explicit nulls.
    /// </summary>
    public static JsonArray? Steps(EquatableArray<StepSpec> steps)
    {
        if (steps.IsEmpty)
        {
            return null;
        }

        var items = new List<JsonValue>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var path = Unrepresentable.Index("Steps", i);
            Unrepresentable.Reject(step.StepMonitoringConfiguration is not null, path + ".StepMonitoringConfiguration", "Terraform's step has no monitoring configuration; remove StepMonitoringConfiguration or submit this step with AddJobFlowSteps.");

            // The provider sends action_on_failure verbatim, so a null would reach EMR as "" and be rejected.
            var actionOnFailure = Unrepresentable.Require(step.ActionOnFailure, path + ".ActionOnFailure", "Terraform sends action_on_failure as written and EMR rejects an empty one; set ActionOnFailure (TERMINATE_CLUSTER, CANCEL_AND_WAIT or CONTINUE).");
            var jar = Unrepresentable.Require(step.HadoopJarStep, path + ".HadoopJarStep", "set HadoopJarStep (the jar to run and its arguments).");
            var jarPath = path + ".HadoopJarStep";

            var hadoopJarStep = new TerraformBody()
                .Value("args", jar.Args.IsEmpty ? null : TerraformBody.TextList(jar.Args))
                .Value("jar", TerraformBody.Text(Unrepresentable.Require(jar.Jar, jarPath + ".Jar", "set Jar (e.g. command-runner.jar).")))
                .Value("main_class", jar.MainClass is null ? null : TerraformBody.Text(jar.MainClass))
                .Value("properties", jar.Properties.IsEmpty ? null : TerraformBody.MapValue(jar.Properties, jarPath + ".Properties"));

            items.Add(new TerraformBody()
                .Value("action_on_failure", new JsonString(ApiText.Enum(actionOnFailure)))
                .Value("hadoop_jar_step", TerraformBody.ToArray(new[] { hadoopJarStep }))
                .Value("name", TerraformBody.Text(Unrepresentable.Require(step.Name, path + ".Name", "set the step's Name.")))
                .ToJson());
        }

        return new JsonArray(items);
    }

    public static List<TerraformBody> BootstrapActions(EquatableArray<BootstrapActionSpec> actions)
    {
        var blocks = new List<TerraformBody>();
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var path = Unrepresentable.Index("BootstrapActions", i);
            var script = Unrepresentable.Require(action.ScriptBootstrapAction, path + ".ScriptBootstrapAction", "set ScriptBootstrapAction (the script's S3 path and arguments).");
            blocks.Add(new TerraformBody()
                .Strings("args", script.Args)
                .String("name", Unrepresentable.Require(action.Name, path + ".Name", "set the bootstrap action's Name."))
                .String("path", Unrepresentable.Require(script.Path, path + ".ScriptBootstrapAction.Path", "set the script's Path.")));
        }

        return blocks;
    }
}
