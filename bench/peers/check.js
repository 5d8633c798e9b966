#!/usr/bin/env node
// bench/run.sh peers, before timing anything: the peers describe the same clusters as EmrDsl's synthetic project.
// Usage: node check.js N CDK_OUT CDKTF_OUT EMRDSL_ARTIFACTS
// Compares pipeline 3 of each peer with EmrDsl's own artifacts for it (etl-3.runjobflow.json, etl-3.tf.json) and
// checks that all N clusters are there. Exits 1 with every difference.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const [count, cdkOut, cdktfOut, emrdslOut] = process.argv.slice(2);
const n = Number(count);
const index = 3;
const problems = [];
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const same = (label, actual, expected) => {
  try {
    assert.deepStrictEqual(actual, expected);
    console.log(`ok ${label}`);
  } catch (e) {
    problems.push(`${label}:\n${e.message}`);
  }
};

// CloudFormation names the RunJobFlow members differently (three group properties for InstanceGroups,
// ConfigurationProperties for Properties); map the peer's cluster onto RunJobFlow's shape.
function runJobFlowFromCfn(p) {
  const group = (role, g) => Object.assign(g.Market ? { Market: g.Market } : {}, { InstanceRole: role },
    g.BidPrice ? { BidPrice: g.BidPrice } : {}, { InstanceType: g.InstanceType, InstanceCount: g.InstanceCount });
  const pascal = (o) => Array.isArray(o) ? o.map(pascal) : o && typeof o === 'object'
    ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), pascal(v)])) : o;
  return {
    Name: p.Name,
    LogUri: p.LogUri,
    ReleaseLabel: p.ReleaseLabel,
    Instances: {
      InstanceGroups: [group('MASTER', p.Instances.MasterInstanceGroup), group('CORE', p.Instances.CoreInstanceGroup),
        ...p.Instances.TaskInstanceGroups.map((g) => group('TASK', g))],
      Ec2SubnetId: p.Instances.Ec2SubnetId,
    },
    Steps: pascal(p.Steps),
    Configurations: p.Configurations.map((c) => ({ Classification: c.Classification, Properties: c.ConfigurationProperties })),
    JobFlowRole: p.JobFlowRole,
    ServiceRole: p.ServiceRole,
    Tags: byKey(pascal(p.Tags)),
    AutoTerminationPolicy: pascal(p.AutoTerminationPolicy),
  };
}
// Key order is not meaning: compare with sorted keys. CDK's tag manager also sorts tags by key, so the tag lists
// are compared in key order too.
const byKey = (tags) => [...tags].sort((a, b) => a.Key.localeCompare(b.Key));
const sorted = (o) => Array.isArray(o) ? o.map(sorted) : o && typeof o === 'object'
  ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o;

// CDK: every template's clusters; pipeline 3 against EmrDsl's RunJobFlow request.
const templates = fs.readdirSync(cdkOut).filter((f) => f.endsWith('.template.json')).map((f) => readJson(path.join(cdkOut, f)));
const cdkClusters = Object.assign({}, ...templates.map((t) => Object.fromEntries(
  Object.entries(t.Resources).filter(([, r]) => r.Type === 'AWS::EMR::Cluster'))));
same(`cdk has ${n} clusters`, Object.keys(cdkClusters).length, n);
const emrdslRequest = readJson(path.join(emrdslOut, `etl-${index}.runjobflow.json`));
same(`cdk Etl${index} = EmrDsl etl-${index}.runjobflow.json`,
  sorted(runJobFlowFromCfn(cdkClusters[`Etl${index}`].Properties)), sorted({ ...emrdslRequest, Tags: byKey(emrdslRequest.Tags) }));

// cdktf: the resources against EmrDsl's Terraform, leaving out what only one side writes (cdktf's "//" metadata,
// EmrDsl's lifecycle and outputs) and comparing configurations_json as JSON, not as text.
const tf = readJson(path.join(cdktfOut, 'stacks', 'pipelines', 'cdk.tf.json')).resource;
const emrdslTf = readJson(path.join(emrdslOut, `etl-${index}.tf.json`)).resource;
const comparable = (r) => {
  const { '//': _, lifecycle: __, ...rest } = r;
  if (rest.configurations_json) rest.configurations_json = JSON.parse(rest.configurations_json);
  return sorted(rest);
};
same(`cdktf has ${n} clusters`, Object.keys(tf.aws_emr_cluster).length, n);
same(`cdktf aws_emr_cluster.etl_${index} = EmrDsl`, comparable(tf.aws_emr_cluster[`etl_${index}`]), comparable(emrdslTf.aws_emr_cluster[`etl_${index}`]));
same(`cdktf aws_emr_instance_group.etl_${index}_task_1 = EmrDsl`, comparable(tf.aws_emr_instance_group[`etl_${index}_task_1`]),
  comparable(emrdslTf.aws_emr_instance_group[`etl_${index}_task_1`]));

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
