// @ts-check
'use strict';

const { coreServices, createBackendModule } = require('@backstage/backend-plugin-api');
const { scaffolderActionsExtensionPoint } = require('@backstage/plugin-scaffolder-node');
const { createScaffoldNewAction } = require('./scaffoldNewAction');

/**
 * The scaffolder backend module adding `scaffold:new`. In packages/backend/src/index.ts:
 * `backend.add(import('@scaffold/backstage-plugin-scaffolder-backend-module-scaffold'));`
 * The jar comes from `scaffold.jar` in app-config.yaml, else the SCAFFOLD_JAR environment variable.
 */
const scaffoldModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'scaffold',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint, config: coreServices.rootConfig },
      async init({ scaffolder, config }) {
        scaffolder.addActions(createScaffoldNewAction({
          jar: config.getOptionalString('scaffold.jar'),
          java: config.getOptionalString('scaffold.java'),
        }));
      },
    });
  },
});

// CommonJS shaped like Backstage's own compiled packages, so backend.add(import(...)) finds the default.
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = scaffoldModule;
exports.createScaffoldNewAction = createScaffoldNewAction;
