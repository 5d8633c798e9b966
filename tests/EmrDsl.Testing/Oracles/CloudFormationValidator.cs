using System;
using System.Collections.Generic;

namespace EmrDsl.Testing;

/// <summary>
/// The CloudFormation template validator, tests/tools/cfn-validate.js: every resource's Properties against its type's
/// schema in <c>@aws-cdk/aws-service-spec</c> 0.1.216 (property names, required properties, types, nested property
/// types; run through ajv 8.20.0), the template's sections, and Ref/Fn::GetAtt targets. Both packages are pinned in
/// tests/tools/package.json and installed by <c>npm ci</c>.
/// </summary>
public static class CloudFormationValidator
{
    /// <summary>Validates every template in one run; returns every finding when any template is invalid, else null.</summary>
    public static string? Findings(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("No templates to validate.", nameof(files));
        }

        return NodeTool.Findings(
            "CloudFormation validator",
            "cfn-validate.js",
            "it runs `npm ci` in tests/tools, which installs @aws-cdk/aws-service-spec 0.1.216 and ajv 8.20.0 from the committed package-lock.json",
            files);
    }
}
