#!/usr/bin/env node
// bench/run.sh peers: bench's synthetic definition i (bench/EmrDsl.Benchmarks/SyntheticProject.cs) written with
// AWS CDK's L1 construct CfnCluster, as a CDK user would: a shared props object and one construct per cluster.
// Usage: node synth.js N OUTDIR [--no-validation]
// aws-cdk-lib validates synthesized templates against the CloudFormation schemas by default; --no-validation turns
// that off (App's builtinCloudFormationValidation) to show what constructing and writing the templates costs alone.
// Prints one JSON line with the phases in milliseconds (from node's time origin).
'use strict';
const { performance } = require('perf_hooks');
const fs = require('fs');

const [count, outdir, ...flags] = process.argv.slice(2);
const n = Number(count);
const validate = !flags.includes('--no-validation');
if (!Number.isInteger(n) || n < 1 || !outdir || flags.some((f) => f !== '--no-validation')) {
  console.error('usage: node synth.js N OUTDIR [--no-validation]');
  process.exit(2);
}
fs.rmSync(outdir, { recursive: true, force: true });

const started = performance.now();
const cdk = require('aws-cdk-lib');
const emr = require('aws-cdk-lib/aws-emr');
const loaded = performance.now();

// What every pipeline shares (EmrDsl: Shared.Base).
const shared = {
  releaseLabel: 'emr-7.2.0',
  logUri: 's3://acme-logs/emr/',
  serviceRole: 'EMR_DefaultRole',
  jobFlowRole: 'EMR_EC2_DefaultRole',
  autoTerminationPolicy: { idleTimeout: 60 * 60 },
};
const sharedInstances = {
  ec2SubnetId: 'subnet-0123456789abcdef0',
  masterInstanceGroup: { instanceType: 'm5.xlarge', instanceCount: 1 },
  coreInstanceGroup: { instanceType: 'r5.2xlarge', instanceCount: 2 },
};

// CloudFormation takes at most 500 resources per template: 400 clusters a stack.
const perStack = 400;
const app = new cdk.App({ outdir, builtinCloudFormationValidation: validate });
let stack;
for (let i = 0; i < n; i++) {
  if (i % perStack === 0) stack = new cdk.Stack(app, `Pipelines${i / perStack}`);
  new emr.CfnCluster(stack, `Etl${i}`, {
    ...shared,
    name: `etl-${i}`,
    instances: {
      ...sharedInstances,
      taskInstanceGroups: [{ instanceType: 'r5.2xlarge', instanceCount: (i % 8) + 1, market: 'SPOT', bidPrice: 'OnDemandPrice' }],
    },
    configurations: [{ classification: 'spark-defaults', configurationProperties: { 'spark.executor.instances': `${(i % 16) + 2}` } }],
    steps: [{
      name: `job-${i}`,
      actionOnFailure: 'TERMINATE_CLUSTER',
      hadoopJarStep: { jar: 'command-runner.jar', args: ['spark-submit', `s3://acme-jobs/job${i}.py`, '--day', `${(i % 28) + 1}`] },
    }],
    tags: [{ key: 'team', value: 'data' }, { key: 'pipeline', value: `${i}` }],
  });
}
const defined = performance.now();
app.synth();
const synthesized = performance.now();

const ms = (x) => Number(x.toFixed(1));
console.log(JSON.stringify({ peer: validate ? 'cdk' : 'cdk-no-validation', n, load_ms: ms(loaded - started), define_ms: ms(defined - loaded), synth_ms: ms(synthesized - defined), total_ms: ms(synthesized) }));
