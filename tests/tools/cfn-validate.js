#!/usr/bin/env node
// Validates CloudFormation templates (.cfn.json) against the resource type schemas published in @aws-cdk/aws-service-spec
// (pinned in package.json): every resource type must exist, and its Properties must match the type's schema: property
// names (no others: additionalProperties false), required properties, types, the values a string property allows (the
// package's allowedValues; it carries no patterns, so patterns are not checked here), and the nested property types. The template
// anatomy (sections, parameters, outputs, DependsOn) is checked too, and the only intrinsic functions allowed are Ref and
// Fn::GetAtt, each naming a parameter, resource or attribute the template declares (what CDK's CfnInclude reads as is).
// Usage: node cfn-validate.js FILE...   Prints every finding as "FILE: PATH: MESSAGE"; exits 1 when there is any.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');

const db = loadAwsServiceSpecSync();
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map();

const SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
const RESOURCE_KEYS = ['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata'];
const PARAMETER_KEYS = ['Type', 'Description', 'NoEcho', 'Default', 'AllowedValues', 'AllowedPattern', 'MinLength', 'MaxLength', 'MinValue', 'MaxValue', 'ConstraintDescription'];
const PARAMETER_TYPES = ['String', 'Number', 'List<Number>', 'CommaDelimitedList'];
const OUTPUT_KEYS = ['Description', 'Value', 'Export', 'Condition'];
const LOGICAL_ID = /^[A-Za-z][A-Za-z0-9]{0,254}$/;

const INTRINSIC = {
  oneOf: [
    { type: 'object', properties: { Ref: { type: 'string' } }, required: ['Ref'], additionalProperties: false },
    {
      type: 'object',
      properties: { 'Fn::GetAtt': { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
      required: ['Fn::GetAtt'],
      additionalProperties: false,
    },
  ],
};

function primitive(schema) {
  return { anyOf: [schema, { $ref: '#/definitions/Intrinsic' }] };
}

function schemaOf(type, definitions) {
  switch (type.type) {
    case 'string':
      return primitive(type.allowedValues ? { type: 'string', enum: type.allowedValues } : { type: 'string' });
    case 'date-time':
      return primitive({ type: 'string' });
    case 'integer':
      return primitive({ type: 'integer' });
    case 'number':
      return primitive({ type: 'number' });
    case 'boolean':
      return primitive({ type: 'boolean' });
    case 'json':
      return { type: 'object' };
    case 'tag':
      return {
        type: 'object',
        properties: { Key: primitive({ type: 'string' }), Value: primitive({ type: 'string' }) },
        required: ['Key', 'Value'],
        additionalProperties: false,
      };
    case 'array':
      return { type: 'array', items: schemaOf(type.element, definitions) };
    case 'map':
      return { type: 'object', additionalProperties: schemaOf(type.element, definitions) };
    case 'union':
      return { anyOf: type.types.map((t) => schemaOf(t, definitions)) };
    case 'ref': {
      const definition = db.get('typeDefinition', type.reference.$ref);
      const name = 'T' + definition.$id;
      if (!(name in definitions)) {
        definitions[name] = {};
        definitions[name] = objectSchema(definition.properties, definitions);
        definitions[name].title = definition.name;
      }
      return { $ref: '#/definitions/' + name };
    }
    default:
      throw new Error('cfn-validate.js does not know the property type ' + JSON.stringify(type));
  }
}

function objectSchema(properties, definitions) {
  const schema = { type: 'object', properties: {}, required: [], additionalProperties: false };
  for (const [name, property] of Object.entries(properties)) {
    schema.properties[name] = schemaOf(property.type, definitions);
    if (property.required) schema.required.push(name);
  }
  return schema;
}

function resourceType(name) {
  return db.lookup('resource', 'cloudFormationType', 'equals', name)[0];
}

function validatorFor(resource) {
  if (!validators.has(resource.cloudFormationType)) {
    const definitions = { Intrinsic: INTRINSIC };
    const schema = objectSchema(resource.properties, definitions);
    schema.definitions = definitions;
    validators.set(resource.cloudFormationType, ajv.compile(schema));
  }
  return validators.get(resource.cloudFormationType);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unknownKeys(value, allowed, path, report) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(path + '.' + key, 'not allowed here (allowed: ' + allowed.join(', ') + ')');
  }
}

// Every Ref and Fn::GetAtt must name something the template declares; any other "Fn::" key is an intrinsic this oracle rejects.
function checkIntrinsics(value, path, template, report) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkIntrinsics(item, path + '[' + i + ']', template, report));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'Ref' && Object.keys(value).length === 1) {
      const known = (template.Parameters && item in template.Parameters) || (template.Resources && item in template.Resources) || /^AWS::/.test(item);
      if (!known) report(path, 'Ref "' + item + '" names no parameter or resource of this template');
    } else if (key === 'Fn::GetAtt' && Object.keys(value).length === 1) {
      const [id, attribute] = Array.isArray(item) ? item : [];
      const target = template.Resources && template.Resources[id];
      const type = target && resourceType(target.Type);
      if (!type) report(path, 'Fn::GetAtt names "' + id + '", which is not a resource of this template');
      else if (!(attribute in type.attributes)) report(path, 'Fn::GetAtt: ' + target.Type + ' has no attribute "' + attribute + '" (it has ' + Object.keys(type.attributes).join(', ') + ')');
    } else if (key.startsWith('Fn::') || key === 'Condition') {
      report(path + '.' + key, 'intrinsic function ' + key + ' is not allowed: the templates use Ref and Fn::GetAtt only');
    }
    checkIntrinsics(item, path + '.' + key, template, report);
  }
}

function validate(template, report) {
  if (!isObject(template)) return report('(root)', 'a template is a JSON object');
  unknownKeys(template, SECTIONS, '(root)', report);
  if (template.AWSTemplateFormatVersion !== undefined && template.AWSTemplateFormatVersion !== '2010-09-09') {
    report('AWSTemplateFormatVersion', 'must be "2010-09-09"');
  }
  for (const [name, parameter] of Object.entries(template.Parameters || {})) {
    const path = 'Parameters.' + name;
    if (!LOGICAL_ID.test(name)) report(path, 'a parameter name is ASCII letters and digits, starting with a letter');
    if (!isObject(parameter)) { report(path, 'a parameter is an object'); continue; }
    unknownKeys(parameter, PARAMETER_KEYS, path, report);
    if (!PARAMETER_TYPES.includes(parameter.Type) && !/^(AWS::|List<AWS::)/.test(parameter.Type || '')) report(path + '.Type', 'not a parameter type: ' + JSON.stringify(parameter.Type));
    if ('NoEcho' in parameter && typeof parameter.NoEcho !== 'boolean') report(path + '.NoEcho', 'expected a boolean');
  }
  if (!isObject(template.Resources) || Object.keys(template.Resources).length === 0) {
    report('Resources', 'a template needs at least one resource');
  }
  for (const [id, resource] of Object.entries(template.Resources || {})) {
    const path = 'Resources.' + id;
    if (!LOGICAL_ID.test(id)) report(path, 'a logical id is ASCII letters and digits, starting with a letter');
    if (template.Parameters && id in template.Parameters) report(path, 'the logical id is also a parameter name');
    if (!isObject(resource)) { report(path, 'a resource is an object'); continue; }
    unknownKeys(resource, RESOURCE_KEYS, path, report);
    const dependsOn = resource.DependsOn === undefined ? [] : [].concat(resource.DependsOn);
    for (const target of dependsOn) {
      if (typeof target !== 'string' || !(target in template.Resources)) report(path + '.DependsOn', JSON.stringify(target) + ' is not a resource of this template');
    }
    const type = resourceType(resource.Type);
    if (!type) { report(path + '.Type', JSON.stringify(resource.Type) + ' is not a resource type in @aws-cdk/aws-service-spec'); continue; }
    const check = validatorFor(type);
    if (!check(resource.Properties === undefined ? {} : resource.Properties)) {
      for (const error of check.errors) {
        const detail = error.params && Object.keys(error.params).length ? ' ' + JSON.stringify(error.params) : '';
        report(path + '.Properties' + error.instancePath.replace(/\//g, '.'), resource.Type + ': ' + error.message + detail);
      }
    }
  }
  for (const [name, output] of Object.entries(template.Outputs || {})) {
    const path = 'Outputs.' + name;
    if (!LOGICAL_ID.test(name)) report(path, 'an output name is ASCII letters and digits, starting with a letter');
    if (!isObject(output) || output.Value === undefined) { report(path + '.Value', 'an output needs a Value'); continue; }
    unknownKeys(output, OUTPUT_KEYS, path, report);
  }
  checkIntrinsics(template.Resources || {}, 'Resources', template, report);
  checkIntrinsics(template.Outputs || {}, 'Outputs', template, report);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node cfn-validate.js FILE.cfn.json...');
  process.exit(2);
}
let findings = 0;
for (const file of files) {
  const report = (path, message) => {
    findings++;
    console.log(file + ': ' + path + ': ' + message);
  };
  let template;
  try {
    template = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    report('(root)', 'not a JSON file: ' + error.message);
    continue;
  }
  validate(template, report);
}
console.log(files.length + ' template(s), ' + findings + ' finding(s)');
process.exit(findings > 0 ? 1 : 0);
