#!/usr/bin/env bash
# Installs what the tests need beyond the SDK, from the registries only, pinned; safe to run again.
#   .config/dotnet-tools.json     csharp-ls 0.28.0, the language server the editor tests drive
#   tests/tools/package-lock.json @microsoft/sarif-multitool 5.7.0, the SARIF validator the lint tests run;
#                                 asl-validator 4.0.0, the Amazon States Language validator the Step Functions tests run;
#                                 @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource schemas) and ajv 8.20.0,
#                                 which tests/tools/cfn-validate.js checks every .cfn.json with
# npm runs the package's install script on purpose: it makes the validator executable.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet tool restore
npm ci --prefix tests/tools --no-audit --no-fund
