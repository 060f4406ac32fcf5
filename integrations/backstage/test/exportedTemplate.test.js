// @ts-check
'use strict';

// The template `scaffold export backstage` writes, put through what Backstage does with it: the form
// library Backstage's scaffolder-react pins (@rjsf/utils and @rjsf/validator-ajv8 5.24.13, draft-07 Ajv)
// fills the defaults and validates each step in the browser; the scaffolder backend validates the values
// against every step with jsonschema; the scaffold step's ${{ parameters.x }} pass the values with their
// types (Backstage docs, "Migrating to v1beta3": "keep the type that has been declared"); then scaffold:new
// renders them with the REAL jar.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');
const { getDefaultFormState, retrieveSchema } = require('@rjsf/utils');
const validator = require('@rjsf/validator-ajv8').default;
const { validate } = require('jsonschema');
const { createScaffoldNewAction } = require('../src/scaffoldNewAction');

const jar = process.env.SCAFFOLD_JAR ?? path.resolve(__dirname, '../../../engine/target/scaffold.jar');

function exported(...args) {
  const run = spawnSync('java', ['-jar', jar, 'export', 'backstage', ...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return YAML.parse(run.stdout);
}

const template = exported('-b', 'enterprise', '--with', 'step-functions');
const [form, repository] = template.spec.parameters;

/** The form's values as the browser holds them: defaults filled again after each change, as rjsf does. */
function formData(given) {
  let data = given;
  for (let i = 0; i < 5; i++) {
    data = { ...getDefaultFormState(validator, form, data, form), ...given };
  }
  return data;
}

const ui = { uiDomainName: 'metaflow.example.com', hostedZoneName: 'example.com' };

test("the form's defaults pass Backstage's browser and backend validation", () => {
  const values = formData(ui);

  assert.equal(values.spotQueue, true);
  assert.deepEqual(values.spotInstanceTypes, ['c5', 'm5', 'r5', 'c6i', 'm6i', 'r6i']);
  assert.equal('privateSubnetIds' in values, false, 'a field whose when: is false gets no default');
  assert.deepEqual(validator.validateFormData(values, form).errors, []);
  const all = { ...values, repoUrl: 'github.com?owner=acme&repo=metaflow' };
  for (const step of template.spec.parameters) {
    assert.deepEqual(validate(all, step).errors, [], step.title);
  }
});

test('a value out of range is an error in the form', () => {
  const errors = validator.validateFormData(formData({ ...ui, maxVcpus: 0 }), form).errors;

  assert.deepEqual(errors.map(e => e.property), ['.maxVcpus']);
});

test('a conditional field appears with its condition', () => {
  const cognito = retrieveSchema(validator, form, form, formData(ui));
  const oidc = retrieveSchema(validator, form, form, formData({ ...ui, uiAuthentication: 'oidc' }));

  assert.equal(cognito.properties.oidcIssuer, false);
  assert.equal(oidc.properties.oidcIssuer.type, 'string');
  const errors = validator.validateFormData(formData({ ...ui, uiAuthentication: 'oidc' }), form).errors;
  assert.ok(errors.some(e => e.message.includes('oidcIssuer') || e.params?.missingProperty === 'oidcIssuer'), JSON.stringify(errors));
});

test('the repository step is a RepoUrlPicker', () => {
  assert.equal(repository.properties.repoUrl['ui:field'], 'RepoUrlPicker');
});

test("the scaffold step renders the form's values with the jar", async () => {
  const parameters = { ...formData({ ...ui, projectName: 'ml-platform', maxVcpus: 512 }), repoUrl: 'github.com?owner=acme&repo=x' };
  const step = template.spec.steps.find(s => s.action === 'scaffold:new');
  // ${{ parameters.x }}: the whole value is the expression, so it keeps its type (undefined when unset)
  const answers = Object.fromEntries(Object.entries(step.input.answers)
    .map(([name, expression]) => [name, parameters[/^\$\{\{ parameters\.(\w+) \}\}$/.exec(expression)[1]]]));
  const workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-workspace-'));
  const lines = [];
  const logger = { info: m => lines.push(m), warn: m => lines.push(m), error: m => lines.push(m), debug: () => {}, child: () => logger };
  await createScaffoldNewAction({ jar }).handler(/** @type {any} */ ({
    input: { ...step.input, answers }, workspacePath, logger, output: () => {},
    createTemporaryDirectory: async () => fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-action-')),
  }));

  const provenance = JSON.parse(fs.readFileSync(path.join(workspacePath, '.scaffold/provenance.json'), 'utf8'));
  assert.deepEqual(provenance.blueprints.map(b => `${b.id}@${b.version}`), [step.input.blueprint, ...step.input.layers]);
  assert.equal(provenance.answers.maxVcpus, 512);
  assert.equal(provenance.answers.uiDomainName, 'metaflow.example.com');
  const catalogInfo = YAML.parse(fs.readFileSync(path.join(workspacePath, 'catalog-info.yaml'), 'utf8'));
  assert.equal(catalogInfo.metadata.name, 'ml-platform');
  assert.deepEqual(catalogInfo.metadata.links.map(l => l.url).slice(1), ['https://metaflow.example.com']);
});
