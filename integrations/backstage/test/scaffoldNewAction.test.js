// @ts-check
'use strict';

// The scaffold:new action's handler against a temporary workspace and the REAL jar
// (engine/target/scaffold.jar, which Maven builds before this module; or SCAFFOLD_JAR).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { createScaffoldNewAction } = require('../src/scaffoldNewAction');
const scaffoldModule = require('../src').default;

const jar = process.env.SCAFFOLD_JAR ?? path.resolve(__dirname, '../../../engine/target/scaffold.jar');
if (!fs.existsSync(jar)) {
  throw new Error(`${jar} does not exist: build it first (mvn -B -pl engine package -DskipTests) or set SCAFFOLD_JAR`);
}

/** A context as the scaffolder gives a handler: a workspace, a logger, outputs, temporary directories. */
function context(input, workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-workspace-'))) {
  const lines = [];
  const outputs = {};
  const logger = {
    info: m => lines.push(m), warn: m => lines.push(m), error: m => lines.push(m), debug: () => {},
    child: () => logger,
  };
  return {
    ctx: {
      input, workspacePath, logger,
      output: (name, value) => { outputs[name] = value; },
      createTemporaryDirectory: async () => fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-action-')),
      checkpoint: async ({ fn }) => fn(),
      getInitiatorCredentials: async () => ({ $$type: '@backstage/BackstageCredentials', principal: {} }),
      task: { id: 'task-1' },
    },
    lines, outputs, workspacePath,
  };
}

const action = createScaffoldNewAction({ jar });

test('renders the blueprint into the workspace with the typed answers of the form', async () => {
  const { ctx, lines, outputs, workspacePath } = context({
    blueprint: 'hobbyist',
    layers: ['step-functions'],
    answers: { projectName: 'churn-model', metadataService: false, maxVcpus: 16, instanceTypes: ['c5', 'm5'], region: '' },
  });
  await action.handler(ctx);

  assert.ok(fs.existsSync(path.join(workspacePath, 'pom.xml')));
  assert.ok(fs.existsSync(path.join(workspacePath, 'catalog-info.yaml')));
  const provenance = JSON.parse(fs.readFileSync(path.join(workspacePath, '.scaffold/provenance.json'), 'utf8'));
  assert.deepEqual(provenance.blueprints.map(b => b.id), ['hobbyist', 'step-functions']);
  assert.equal(provenance.answers.projectName, 'churn-model');
  assert.equal(provenance.answers.metadataService, false);
  assert.equal(provenance.answers.maxVcpus, 16);
  assert.deepEqual(provenance.answers.instanceTypes, ['c5', 'm5']);
  assert.equal(outputs.path, workspacePath);
  assert.ok(lines.some(line => line.startsWith('Created ')), lines.join('\n'));
});

test('renders into targetPath inside the workspace', async () => {
  const { ctx, outputs, workspacePath } = context({ blueprint: 'hobbyist', targetPath: 'infra' });
  fs.writeFileSync(path.join(workspacePath, 'README.md'), 'from an earlier step\n');
  await action.handler(ctx);

  assert.ok(fs.existsSync(path.join(workspacePath, 'infra/pom.xml')));
  assert.equal(outputs.path, path.join(workspacePath, 'infra'));
});

test('renders from the source given instead of the bundled blueprints', async () => {
  const fixtures = path.resolve(__dirname, '../../../engine/src/test/resources/fixtures');
  const { ctx, workspacePath } = context({ source: fixtures, blueprint: 'demo@1.2.0', answers: { projectName: 'from-source' } });
  await action.handler(ctx);

  const provenance = JSON.parse(fs.readFileSync(path.join(workspacePath, '.scaffold/provenance.json'), 'utf8'));
  assert.deepEqual(provenance.blueprints.map(b => `${b.id}@${b.version}`), ['demo@1.2.0']);
  assert.equal(provenance.source, fixtures);
});

test("fails with the CLI's one-line error on an invalid answer, writing nothing", async () => {
  const { ctx, workspacePath } = context({ blueprint: 'hobbyist', answers: { maxVcpus: 0 } });

  const cli = spawnSync('java', ['-jar', jar, 'new', '-b', 'hobbyist', '--dry-run', '--no-input', '-P', 'maxVcpus=0'],
    { encoding: 'utf8' });
  const [line] = cli.stderr.split('\n');
  assert.match(line, /^error: .*maxVcpus/);

  await assert.rejects(action.handler(ctx), new Error(line.slice('error: '.length)));
  assert.deepEqual(fs.readdirSync(workspacePath), []);
});

test("fails with the CLI's error when the workspace already holds files", async () => {
  const { ctx, workspacePath } = context({ blueprint: 'hobbyist' });
  fs.writeFileSync(path.join(workspacePath, 'README.md'), 'from an earlier step\n');

  await assert.rejects(action.handler(ctx), /not empty/);
  assert.deepEqual(fs.readdirSync(workspacePath), ['README.md']);
});

test('refuses a targetPath outside the workspace', async () => {
  const { ctx } = context({ blueprint: 'hobbyist', targetPath: '../elsewhere' });

  await assert.rejects(action.handler(ctx), /outside/);
});

test('the backend module adds scaffold:new through the scaffolder actions extension point', async () => {
  const [registration] = scaffoldModule.getRegistrations();
  assert.equal(registration.pluginId, 'scaffolder');
  assert.equal(registration.init.deps.scaffolder.id, 'scaffolder.actions');
  const added = [];
  await registration.init.func({
    scaffolder: { addActions: (...actions) => added.push(...actions) },
    config: { getOptionalString: key => ({ 'scaffold.jar': jar })[key] },
  });
  assert.deepEqual(added.map(a => a.id), ['scaffold:new']);
  assert.equal(added[0].supportsDryRun, true);
});
