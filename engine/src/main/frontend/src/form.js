// What the form needs from react-jsonschema-form beyond <Form>: the ajv 2020-12 validator, the first
// answers (the schema's defaults), the ui hints (help text, password widgets for secrets) and the
// answers to send (only those of fields that apply to the current answers).
import { customizeValidator } from '@rjsf/validator-ajv8';
import { getDefaultFormState, retrieveSchema } from '@rjsf/utils';
import Ajv2020 from 'ajv/dist/2020.js';

// The engine's own formats are checked by the server, which is the authority on every value.
export const validator = customizeValidator({
  AjvClass: Ajv2020,
  customFormats: { 'java-package': true, cidr: true },
});

/** The defaults, resolved until stable: a default behind a condition needs the defaults it depends on. */
export function initialAnswers(schema, given = {}) {
  let answers = given;
  for (let round = 0; round < 5; round++) {
    const next = getDefaultFormState(validator, schema, answers, schema);
    if (JSON.stringify(next) === JSON.stringify(answers)) break;
    answers = next;
  }
  return answers;
}

/**
 * The answers after a change: a field that applies again (its condition holds once more) gets its
 * default back, as a field shown for the first time does; what a person typed is left as it is.
 */
export function afterChange(schema, before, after) {
  const hiddenBefore = inapplicable(schema, before);
  const hiddenAfter = inapplicable(schema, after);
  const shown = [...hiddenBefore].filter((name) => !hiddenAfter.has(name) && after[name] === undefined);
  if (shown.length === 0) return after;
  const next = { ...after };
  for (const name of shown) delete next[name]; // an explicit undefined would keep rjsf from filling it
  const defaults = initialAnswers(schema, next);
  for (const name of shown) if (defaults[name] !== undefined) next[name] = defaults[name];
  return next;
}

/** Fields that do not apply to these answers: their schema resolves to `false` (the if/then/else). */
export function inapplicable(schema, answers) {
  const resolved = retrieveSchema(validator, schema, schema, answers);
  return new Set(Object.entries(resolved.properties ?? {}).filter(([, s]) => s === false).map(([name]) => name));
}

/** The answers to send: applicable fields with a value (an emptied text field means "not given"). */
export function answersToSend(schema, answers) {
  const skip = inapplicable(schema, answers);
  return Object.fromEntries(Object.entries(answers)
    .filter(([name, value]) => name in (schema.properties ?? {}) && !skip.has(name)
      && value !== undefined && value !== null && value !== ''));
}

/** Help under each field, secrets as password fields, list items without reorder/copy buttons. */
export function uiSchemaOf(schema) {
  const ui = { 'ui:submitButtonOptions': { norender: true } };
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property !== 'object') continue;
    const field = { 'ui:help': property.description };
    if (property.writeOnly) {
      field['ui:widget'] = 'password';
      field['ui:options'] = { autocomplete: 'new-password' };
    }
    if (property.type === 'array') {
      field['ui:options'] = { orderable: false, copyable: false };
      field.items = { 'ui:label': false };
    }
    ui[name] = field;
  }
  return ui;
}

/** The server's error as rjsf's extraErrors: its exact message under each parameter it names. */
export function errorsUnder(error) {
  const errors = {};
  for (const name of error.parameters) errors[name] = { __errors: [error.message] };
  return errors;
}
