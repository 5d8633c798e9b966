using EmrDsl.Emit.Terraform;

namespace EmrDsl.Generators.Parsing;

/// <summary>What the marker attribute chose for the payloads.</summary>
/// <param name="JobFlowId">The cluster id written into AddJobFlowSteps (<c>[EmrCluster(JobFlowId = ...)]</c>).</param>
/// <param name="Terraform">The Terraform choices (<c>[EmrCluster(TerraformIgnoreChanges = ..., TerraformLeaveOut = ...)]</c>).</param>
/// <param name="StepFunctions">Whether the cluster is also written as a state machine (<c>[EmrCluster(StepFunctions = true)]</c>).</param>
/// <param name="CloudFormation">Whether the cluster or application is also written as a template (<c>CloudFormation = true</c>).</param>
internal sealed record ArtifactOptions(string JobFlowId, TerraformOptions Terraform, bool StepFunctions = false, bool CloudFormation = false);
