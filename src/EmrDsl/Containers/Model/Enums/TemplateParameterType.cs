using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>The <c>TemplateParameterDataType</c> values of the EMR on EKS API: what a job template parameter's value is.</summary>
public enum TemplateParameterType
{
    [ApiValue("NUMBER")]
    Number,

    [ApiValue("STRING")]
    String,
}
