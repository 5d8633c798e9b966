using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit;

/// <summary>The AddJobFlowSteps request: the object boto3's add_job_flow_steps(**payload) and Step Functions take.</summary>
public static class AddJobFlowStepsJson
{
    internal static JsonObject ToJson(AddJobFlowStepsSpec spec) => AddJobFlowStepsSpec.Shape.Write(spec);

    public static string Write(AddJobFlowStepsSpec spec) => JsonText.Write(ToJson(spec));
}
