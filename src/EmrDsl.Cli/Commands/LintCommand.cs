using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Cli.Lint;
using EmrDsl.Cli.Payloads;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Commands;

/// <summary><c>emrdsl lint PAYLOAD.json</c>: the rules the analyzers run, over a RunJobFlow, AddJobFlowSteps, scaling or EMR Serverless request (or a bare automatic scaling policy) written elsewhere.</summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var payload = new Argument<string>("payload") { Description = "A RunJobFlow request (boto3, Airflow, Step Functions), an AddJobFlowSteps, PutAutoScalingPolicy or PutManagedScalingPolicy request, an automatic scaling policy (--auto-scaling-policy), a security configuration document (--security-configuration), a PutBlockPublicAccessConfiguration request, an EMR Serverless CreateApplication or StartJobRun request, or an EMR on EKS StartJobRun, CreateVirtualCluster or CreateJobTemplate request (JSON)." };
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Exit with code 1 on warnings too." };
        var format = new Option<string>("--format") { Description = "text (one line per finding) or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output." };
        var defaultLogUri = new Option<string?>("--default-log-uri") { Description = "The S3 log location EMR002 suggests, e.g. s3://my-emr-logs/." };
        var securityConfiguration = new Option<string?>("--security-configuration") { Description = "The security configuration document (JSON) a RunJobFlow request names, so EMR003, EMR014 and the other cross checks can look inside it." };
        var command = new Command("lint", "Run the EmrDsl rules (EMR001..., EMR040... for security configurations, EMR063/EMR064 for block public access, EMR101... for EMR Serverless) over a request or document.") { payload, warningsAsErrors, format, output, defaultLogUri, securityConfiguration };
        command.SetAction(result => context.Run(() => Lint(
            context,
            result.GetValue(payload)!,
            result.GetValue(warningsAsErrors),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(defaultLogUri),
            result.GetValue(securityConfiguration))));
        return command;
    }

    private static int Lint(CliContext context, string path, bool warningsAsErrors, string format, string? output, string? defaultLogUri, string? securityConfigurationPath)
    {
        var file = PayloadFile.Read(path);
        if (securityConfigurationPath is not null && file.Kind != PayloadKind.RunJobFlow)
        {
            throw new CliException($"{path}: --security-configuration applies to a RunJobFlow request, but this is {PayloadReader.Describe(file.Kind)}. Lint it without the option.");
        }

        var ruleContext = new RuleContext { EvaluationDate = DateTime.Today, DefaultLogUri = defaultLogUri };
        var (findings, rules) = file.Kind switch
        {
            PayloadKind.RunJobFlow => (LintCluster(file, ruleContext, securityConfigurationPath), (IReadOnlyList<Rule>)RuleSet.All),
            PayloadKind.SecurityConfiguration => (SecurityConfigurationRuleSet.Run(SecurityConfigurationFile.Read(file, string.Empty), ruleContext), SecurityConfigurationRuleSet.All),
            PayloadKind.AddJobFlowSteps => (RuleSet.Run(PayloadReader.Require(AddJobFlowStepsSpec.Shape, file), ruleContext), RuleSet.All),
            PayloadKind.PutAutoScalingPolicy => (RuleSet.Run(PayloadReader.Require(PutAutoScalingPolicySpec.Shape, file), ruleContext), RuleSet.All),
            PayloadKind.PutManagedScalingPolicy => (RuleSet.Run(PayloadReader.Require(PutManagedScalingPolicySpec.Shape, file), ruleContext), RuleSet.All),
            PayloadKind.PutBlockPublicAccessConfiguration => (BlockPublicAccessRuleSet.Run(PayloadReader.Require(PutBlockPublicAccessConfigurationSpec.Shape, file), ruleContext), BlockPublicAccessRuleSet.All),
            PayloadKind.AutoScalingPolicy => (RuleSet.RunAutoScalingPolicy(PayloadReader.Require(AutoScalingPolicySpec.Shape, file), context: ruleContext), RuleSet.All),
            PayloadKind.ServerlessCreateApplication => (ServerlessRuleSet.RunApplication(PayloadReader.Require(ServerlessApplicationSpec.Shape, file), ruleContext), ServerlessRuleSet.All),
            PayloadKind.ServerlessStartJobRun => (ServerlessRuleSet.RunJobRun(PayloadReader.Require(ServerlessJobRunSpec.Shape, file), context: ruleContext), ServerlessRuleSet.All),
            PayloadKind.EksStartJobRun => LintEksJobRun(file, ruleContext),
            PayloadKind.EksCreateVirtualCluster => LintLimits(EksVirtualClusterSpec.Shape, file),
            PayloadKind.EksCreateJobTemplate => LintLimits(EksJobTemplateSpec.Shape, file),
            _ => throw new InvalidOperationException($"{path}: no rules for {PayloadReader.Describe(file.Kind)}."),
        };
        var report = format == "sarif"
            ? SarifLog.Write(file, findings, rules)
            : string.Concat(findings.Select(f => FindingText.Line(path, f)));

        if (output is null)
        {
            context.Out.Write(report);
        }
        else
        {
            AtomicFile.WriteAllText(output, report);
        }

        var failing = findings.Any(f => f.Severity == FindingSeverity.Error || (warningsAsErrors && f.Severity == FindingSeverity.Warning));
        return failing ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// EMR010 over a request whose own rules run elsewhere (EMR on EKS): the member limits the API enforces, at their
    /// paths. Wire errors (types, unknown members) stop lint before this, as for every request.
    /// </summary>
    private static (IReadOnlyList<Finding> Findings, IReadOnlyList<Rule> Rules) LintLimits<TSpec>(ApiShape<TSpec> shape, PayloadFile file)
        where TSpec : class
    {
        var rule = new RejectedByApiRule();
        return (rule.CheckLimits(shape, PayloadReader.Require(shape, file)).ToList(), new Rule[] { rule });
    }

    /// <summary>An EMR on EKS StartJobRun: the API's member limits (EMR010) and the job run's own rules (EMR05x, EMR011), as <c>EksJobRun.Validate()</c> runs them.</summary>
    private static (IReadOnlyList<Finding> Findings, IReadOnlyList<Rule> Rules) LintEksJobRun(PayloadFile file, RuleContext ruleContext)
    {
        var (limits, limitRules) = LintLimits(EksJobRunSpec.Shape, file);
        var findings = limits.Concat(EksRuleSet.RunJobRun(PayloadReader.Require(EksJobRunSpec.Shape, file), ruleContext)).ToList();
        return (findings, limitRules.Concat(EksRuleSet.All).ToList());
    }

    /// <summary>The cluster rules over a RunJobFlow request, looking inside the security configuration it names when one was given.</summary>
    private static IReadOnlyList<Finding> LintCluster(PayloadFile file, RuleContext ruleContext, string? securityConfigurationPath)
    {
        var spec = PayloadReader.Require(ClusterSpec.Shape, file);
        var context = securityConfigurationPath is null
            ? ruleContext
            : ruleContext with { SecurityConfiguration = SecurityConfigurationFile.RequireFor(securityConfigurationPath, spec.SecurityConfiguration, file.Path).Spec };
        return RuleSet.Run(spec, context);
    }
}
