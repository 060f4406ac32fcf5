// @ts-check
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createTemplateAction } = require('@backstage/plugin-scaffolder-node');
const { resolveSafeChildPath } = require('@backstage/backend-plugin-api');
const { runScaffold } = require('./runScaffold');

/**
 * The answers the CLI is given: the form's values less those it left empty (`${{ parameters.x }}` of a
 * field never filled or not shown), which the engine then defaults or reports as missing.
 *
 * @param {Record<string, unknown>} answers
 */
function given(answers) {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/**
 * The `scaffold:new` action: renders a blueprint (and layers) with the scaffold jar into the task
 * workspace, as `scaffold new -b ID --with LAYER -o DIR --no-input --answers FILE`.
 *
 * @param {{ jar?: string, java?: string }} [options] the jar (else SCAFFOLD_JAR) and the java
 *   executable (else SCAFFOLD_JAVA, else `java` on the PATH)
 */
function createScaffoldNewAction(options = {}) {
  return createTemplateAction({
    id: 'scaffold:new',
    description: 'Renders a scaffold blueprint (with layers) into the workspace, with the answers of the form.',
    // It writes only into the workspace and a task temporary directory, so a dry run (the template
    // editor's) may run it whole and show the rendered files (Backstage docs, "Dry Run Testing").
    supportsDryRun: true,
    schema: {
      input: {
        blueprint: z => z.string().describe('The blueprint, ID or ID@VERSION, e.g. enterprise@1.2.0'),
        layers: z => z.array(z.string()).optional().describe('Layers composed onto it, LAYER or LAYER@VERSION'),
        answers: z => z.record(z.string(), z.unknown()).optional().describe("The parameters' values, by name"),
        source: z => z.string().optional()
          .describe("Read the blueprints from this git repository (URL#REF) or directory instead of the jar's"),
        targetPath: z => z.string().optional()
          .describe('Where in the workspace to render (default: the workspace itself); it must not exist or be empty'),
      },
      output: {
        path: z => z.string().describe('The directory rendered into'),
      },
    },
    async handler(ctx) {
      const jar = options.jar ?? process.env.SCAFFOLD_JAR;
      if (!jar || !fs.existsSync(jar)) {
        throw new Error(`the scaffold jar ${jar ?? '(not set)'} does not exist: set SCAFFOLD_JAR or scaffold.jar in app-config.yaml`);
      }
      const java = options.java ?? process.env.SCAFFOLD_JAVA ?? 'java';
      const target = resolveSafeChildPath(ctx.workspacePath, ctx.input.targetPath ?? '.');
      const answersFile = path.join(await ctx.createTemporaryDirectory(), 'answers.json');
      fs.writeFileSync(answersFile, JSON.stringify(given(ctx.input.answers ?? {})), { mode: 0o600 });
      const args = ['new', ...(ctx.input.source ? ['--source', ctx.input.source] : []), '-b', ctx.input.blueprint];
      for (const layer of ctx.input.layers ?? []) {
        args.push('--with', layer);
      }
      args.push('-o', target, '--no-input', '--answers', answersFile);
      ctx.logger.info(`scaffold new -b ${ctx.input.blueprint}${(ctx.input.layers ?? []).map(l => ` --with ${l}`).join('')} -o ${target}`);
      try {
        await runScaffold({ java, jar, args, logger: ctx.logger });
      } finally {
        fs.rmSync(answersFile, { force: true });
      }
      ctx.output('path', target);
    },
  });
}

module.exports = { createScaffoldNewAction };
