// @ts-check
'use strict';

const { spawn } = require('node:child_process');
const readline = require('node:readline');

/**
 * Runs the scaffold CLI (`java -jar <jar> <args...>`), streaming each line it prints to the logger.
 * Resolves when it exits 0; rejects with the CLI's one-line error (`error: ...`, without the prefix)
 * otherwise.
 *
 * @param {{ java: string, jar: string, args: string[], logger: { info(m: string): void, warn(m: string): void } }} options
 * @returns {Promise<void>}
 */
function runScaffold({ java, jar, args, logger }) {
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-jar', jar, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {string | undefined} */
    let error;
    readline.createInterface({ input: child.stdout }).on('line', line => logger.info(line));
    readline.createInterface({ input: child.stderr }).on('line', line => {
      if (line.startsWith('error: ') && error === undefined) {
        error = line.slice('error: '.length);
      }
      logger.warn(line);
    });
    child.on('error', e => reject(new Error(`cannot run ${java}: ${e.message} (set SCAFFOLD_JAVA or scaffold.java to a Java 17 or later)`)));
    child.on('close', code => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(error ?? `scaffold exited with code ${code}`));
      }
    });
  });
}

module.exports = { runScaffold };
