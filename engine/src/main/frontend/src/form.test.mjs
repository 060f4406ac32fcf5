// node --test: the form's use of rjsf on a schema shaped as the engine's FormSchema writes it
// (a when: is if/then/else, forbidding the field while its condition is false; a secret is writeOnly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterChange, answersToSend, errorsUnder, initialAnswers, uiSchemaOf } from './form.js';

const when = (name, condition) => ({ if: condition, then: {}, else: { properties: { [name]: false } } });
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    auth: { type: 'string', enum: ['cognito', 'oidc'], default: 'cognito', description: 'How people sign in.' },
    clientSecret: { type: 'string', writeOnly: true, description: 'The client secret.' },
    spot: { type: 'boolean', default: true },
    spotTypes: { type: 'array', items: { type: 'string' }, default: ['c5', 'm5'] },
  },
  allOf: [
    when('clientSecret', { properties: { auth: { const: 'oidc' } }, required: ['auth'] }),
    when('spotTypes', { properties: { spot: { const: true } }, required: ['spot'] }),
  ],
  unevaluatedProperties: false,
};

test('defaults behind a condition are filled once the answers they depend on are', () => {
  assert.deepEqual(initialAnswers(schema), { auth: 'cognito', spot: true, spotTypes: ['c5', 'm5'] });
});

test('a secret is a password field, and help goes under each field', () => {
  const ui = uiSchemaOf(schema);
  assert.equal(ui.clientSecret['ui:widget'], 'password');
  assert.equal(ui.clientSecret['ui:help'], 'The client secret.');
  assert.equal(ui.auth['ui:widget'], undefined);
  assert.equal(ui.auth['ui:help'], 'How people sign in.');
});

test('only answers of fields that apply, and that the schema knows, are sent', () => {
  const answers = { auth: 'cognito', clientSecret: 'left over', spot: false, spotTypes: ['c5'], gone: 1, empty: '' };
  assert.deepEqual(answersToSend(schema, answers), { auth: 'cognito', spot: false });
  assert.deepEqual(answersToSend(schema, { ...answers, auth: 'oidc' }), { auth: 'oidc', clientSecret: 'left over', spot: false });
});

test('a field that applies again gets its default back; a typed value stays', () => {
  const off = { auth: 'cognito', spot: false };
  assert.deepEqual(afterChange(schema, off, { ...off, spot: true, spotTypes: undefined }).spotTypes, ['c5', 'm5']);
  assert.deepEqual(afterChange(schema, off, { ...off, spot: true, spotTypes: ['r5'] }).spotTypes, ['r5']);
});

test("the server's error goes, with its message, under each parameter it names", () => {
  const error = Object.assign(new Error("spot needs spotTypes"), { parameters: ['spot', 'spotTypes'] });
  assert.deepEqual(errorsUnder(error), { spot: { __errors: ['spot needs spotTypes'] }, spotTypes: { __errors: ['spot needs spotTypes'] } });
});
