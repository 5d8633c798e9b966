#!/usr/bin/env node
// bench/run.sh peers: bench's synthetic definition i (bench/EmrDsl.Benchmarks/SyntheticProject.cs) written with
// CDK for Terraform and the prebuilt AWS provider: an EmrCluster per pipeline plus an EmrInstanceGroup for its Spot
// task group (aws_emr_cluster has no task group block; EmrDsl's Terraform writes the same second resource).
// Usage: node synth.js N OUTDIR. Prints one JSON line with the phases in milliseconds (from node's time origin).
'use strict';
const { performance } = require('perf_hooks');
const fs = require('fs');

const [count, outdir, ...rest] = process.argv.slice(2);
const n = Number(count);
if (!Number.isInteger(n) || n < 1 || !outdir || rest.length > 0) {
  console.error('usage: node synth.js N OUTDIR');
  process.exit(2);
}
fs.rmSync(outdir, { recursive: true, force: true });

const started = performance.now();
const { App, TerraformStack } = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { EmrCluster } = require('@cdktf/provider-aws/lib/emr-cluster');
const { EmrInstanceGroup } = require('@cdktf/provider-aws/lib/emr-instance-group');
const loaded = performance.now();

// What every pipeline shares (EmrDsl: Shared.Base).
const shared = {
  releaseLabel: 'emr-7.2.0',
  logUri: 's3://acme-logs/emr/',
  serviceRole: 'EMR_DefaultRole',
  ec2Attributes: { instanceProfile: 'EMR_EC2_DefaultRole', subnetId: 'subnet-0123456789abcdef0' },
  masterInstanceGroup: { instanceType: 'm5.xlarge', instanceCount: 1 },
  coreInstanceGroup: { instanceType: 'r5.2xlarge', instanceCount: 2 },
  autoTerminationPolicy: { idleTimeout: 60 * 60 },
};

// Resource names as `cdktf init` projects get them (no stack id, '_' kept), so they read like EmrDsl's.
const app = new App({ outdir, context: { excludeStackIdFromLogicalIds: 'true', allowSepCharsInLogicalIds: 'true' } });
const stack = new TerraformStack(app, 'pipelines');
new AwsProvider(stack, 'aws', { region: 'us-east-1' });
for (let i = 0; i < n; i++) {
  const cluster = new EmrCluster(stack, `etl_${i}`, {
    ...shared,
    name: `etl-${i}`,
    configurationsJson: JSON.stringify([{ Classification: 'spark-defaults', Properties: { 'spark.executor.instances': `${(i % 16) + 2}` } }]),
    step: [{
      name: `job-${i}`,
      actionOnFailure: 'TERMINATE_CLUSTER',
      hadoopJarStep: [{ jar: 'command-runner.jar', args: ['spark-submit', `s3://acme-jobs/job${i}.py`, '--day', `${(i % 28) + 1}`] }],
    }],
    tags: { team: 'data', pipeline: `${i}` },
  });
  new EmrInstanceGroup(stack, `etl_${i}_task_1`, { clusterId: cluster.id, instanceType: 'r5.2xlarge', instanceCount: (i % 8) + 1, bidPrice: 'OnDemandPrice' });
}
const defined = performance.now();
app.synth();
const synthesized = performance.now();

const ms = (x) => Number(x.toFixed(1));
console.log(JSON.stringify({ peer: 'cdktf', n, load_ms: ms(loaded - started), define_ms: ms(defined - loaded), synth_ms: ms(synthesized - defined), total_ms: ms(synthesized) }));
